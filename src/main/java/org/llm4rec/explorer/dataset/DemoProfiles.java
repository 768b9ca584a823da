package org.llm4rec.explorer.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/**
 * Reads the demo reader profiles shipped with the sample data ({@code demo-profiles.json}). The file names books
 * by their catalogue id ({@code book_id}); each is resolved to its full catalogue item, and an id the catalogue
 * does not have is an error naming the profile, because a demo history with a silent gap would mislead.
 */
public final class DemoProfiles {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private DemoProfiles() {
    }

    /**
     * @param json      the file's content
     * @param source    what to call it in error messages
     * @param datasetId the dataset the profiles are for; the file must say the same
     * @param items     finds a catalogue item of that dataset by its id
     * @throws IOException when the file is not valid, is for another dataset, or names an unknown item
     */
    public static List<Profile> read(InputStream json, String source, String datasetId,
                                     Function<String, Optional<Item>> items) throws IOException {
        FileJson file;
        try {
            file = MAPPER.readValue(json, FileJson.class);
        } catch (JsonProcessingException e) {
            throw new IOException(source + " is not a valid demo profile file: " + e.getOriginalMessage(), e);
        }
        if (file.dataset() != null && !file.dataset().equals(datasetId)) {
            throw new IOException(source + " holds profiles for dataset " + file.dataset() + ", not " + datasetId);
        }
        List<Profile> profiles = new ArrayList<>();
        for (ProfileJson p : file.profiles() == null ? List.<ProfileJson>of() : file.profiles()) {
            profiles.add(profile(p, source, datasetId, items));
        }
        return profiles;
    }

    private static Profile profile(ProfileJson p, String source, String datasetId,
                                   Function<String, Optional<Item>> items) throws IOException {
        if (p.id() == null || p.id().isBlank() || p.name() == null || p.name().isBlank()) {
            throw new IOException(source + ": every profile needs an id and a name");
        }
        if (p.history() == null || p.history().isEmpty()) {
            throw new IOException(source + ": profile '" + p.name() + "' has no history");
        }
        List<ProfileEntry> entries = new ArrayList<>();
        for (EntryJson e : p.history()) {
            if (e.bookId() == null || e.bookId().isBlank()) {
                throw new IOException(source + ": profile '" + p.name() + "' has an entry without a book_id");
            }
            Item item = items.apply(e.bookId().strip()).orElseThrow(() -> new IOException(source + ": profile '"
                    + p.name() + "' names book_id " + e.bookId() + (e.title() == null ? "" : " (" + e.title() + ")")
                    + ", which is not in the catalogue of dataset " + datasetId));
            entries.add(new ProfileEntry(item, e.rating(), e.heldOut()));
        }
        return new Profile(p.id(), p.name(), datasetId, p.description(), entries, p.preferences());
    }

    private record FileJson(String dataset, String note, List<ProfileJson> profiles) {
    }

    private record ProfileJson(String id, String name, String description, String preferences,
                               List<EntryJson> history) {
    }

    /** The title is there for people reading the file; the id alone decides the item. */
    private record EntryJson(@JsonProperty("book_id") String bookId, String title, Double rating,
                             @JsonProperty("held_out") boolean heldOut) {
    }
}
