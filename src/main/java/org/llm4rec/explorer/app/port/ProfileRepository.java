package org.llm4rec.explorer.app.port;

import java.util.List;
import java.util.Optional;
import org.llm4rec.explorer.domain.Profile;

/** Saved profiles. */
public interface ProfileRepository {

    /** Profiles of a dataset, by name. */
    List<Profile> list(String datasetId);

    Optional<Profile> find(String profileId);

    /** Inserts or replaces the profile with this id. Its items must be in the dataset's catalogue. */
    void save(Profile profile);

    /** Removes the profile and its history; returns false when there was none with this id. */
    boolean delete(String profileId);
}
