package org.llm4rec.explorer.domain;

import java.util.List;
import java.util.Objects;

/**
 * A user profile: an ordered history (oldest first), optional hidden targets and a free-text note.
 *
 * @param id          stable id
 * @param name        display name ("Fantasy reader")
 * @param datasetId   the dataset its items come from
 * @param description one line about who this is
 * @param entries     the history in order, oldest first; held-out entries included and marked
 * @param preferences free-text preferences the user wrote, may be empty
 */
public record Profile(String id, String name, String datasetId, String description,
                      List<ProfileEntry> entries, String preferences) {
    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        description = description == null ? "" : description;
        preferences = preferences == null ? "" : preferences;
    }

    /** What a prompt may show: the entries that are not held out, in order. */
    public List<ProfileEntry> visibleHistory() {
        return entries.stream().filter(e -> !e.heldOut()).toList();
    }

    /** The hidden targets a run is scored against. */
    public List<Item> targets() {
        return entries.stream().filter(ProfileEntry::heldOut).map(ProfileEntry::item).toList();
    }
}
