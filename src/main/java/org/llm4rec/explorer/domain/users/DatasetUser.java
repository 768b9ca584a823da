package org.llm4rec.explorer.domain.users;

import java.util.Objects;

/**
 * A user of an imported dataset, with the demographics the dataset has (each empty when it has none).
 *
 * @param id           the dataset's own user id
 * @param interactions how many interactions the dataset records for them
 * @param gender       as the dataset gives it
 * @param age          an age or age group, as the dataset gives it
 * @param occupation   as the dataset gives it (MovieLens codes are kept as they are)
 * @param location     zip code, country or region
 */
public record DatasetUser(String id, int interactions, String gender, String age, String occupation,
                          String location) {
    public DatasetUser {
        Objects.requireNonNull(id, "id");
        gender = gender == null ? "" : gender;
        age = age == null ? "" : age;
        occupation = occupation == null ? "" : occupation;
        location = location == null ? "" : location;
    }

    /** "F · 25 · writer · 55455", empty when the dataset has no demographics. */
    public String demographics() {
        return String.join(" · ", java.util.stream.Stream.of(gender, age, occupation, location)
                .filter(s -> !s.isBlank()).toList());
    }
}
