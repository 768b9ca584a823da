package org.llm4rec.explorer.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * @param attributes  optional facts about the person (age group, occupation, country)
 */
public record Profile(String id, String name, String datasetId, String description,
                      List<ProfileEntry> entries, String preferences, ProfileAttributes attributes) {
    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        description = description == null ? "" : description;
        preferences = preferences == null ? "" : preferences;
        attributes = attributes == null ? ProfileAttributes.NONE : attributes;
    }

    public Profile(String id, String name, String datasetId, String description, List<ProfileEntry> entries,
                   String preferences) {
        this(id, name, datasetId, description, entries, preferences, ProfileAttributes.NONE);
    }

    /** What a prompt may show: the entries that are not held out, in order. */
    public List<ProfileEntry> visibleHistory() {
        return entries.stream().filter(e -> !e.heldOut()).toList();
    }

    /** The hidden targets a run is scored against. */
    public List<Item> targets() {
        return entries.stream().filter(ProfileEntry::heldOut).map(ProfileEntry::item).toList();
    }

    /**
     * The same profile with only the last {@code limit} visible entries (held-out ones are all kept), which is
     * how prompts stay within a model's context for long histories.
     */
    public Profile withHistoryLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A prompt needs at least one history item, not " + limit + ".");
        }
        int dropped = Math.max(0, visibleHistory().size() - limit);
        if (dropped == 0) {
            return this;
        }
        List<ProfileEntry> kept = new ArrayList<>();
        for (ProfileEntry entry : entries) {
            if (entry.heldOut() || dropped-- <= 0) {
                kept.add(entry);
            }
        }
        return new Profile(id, name, datasetId, description, kept, preferences, attributes);
    }

    /**
     * SHA-256 of everything that can change what a prompt says or how a run is scored: the entries in order (item,
     * rating, reaction, held out), the preferences and the attributes. Name and description are left out, so
     * that renaming a profile does not make its results stale.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(datasetId).append('\n');
        for (ProfileEntry e : entries) {
            text.append(e.item().id()).append('\t').append(e.rating()).append('\t').append(e.reaction())
                    .append('\t').append(e.heldOut()).append('\n');
        }
        text.append(preferences).append('\n').append(attributes.ageGroup()).append('\t')
                .append(attributes.occupation()).append('\t').append(attributes.country());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
