package org.llm4rec.explorer.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A user profile: an ordered history (oldest first), optional hidden targets and a free-text note.
 *
 * <p>The whole visible history is what the user is known to have seen: it decides which recommended items are
 * "already seen" and which items candidates and neighbours leave out. A prompt shows only its last
 * {@code historyLimit} entries, so that long histories stay within a model's context.
 *
 * @param id          stable id
 * @param name        display name ("Fantasy reader")
 * @param datasetId   the dataset its items come from
 * @param description one line about who this is
 * @param entries     the history in order, oldest first; held-out entries included and marked
 * @param preferences free-text preferences the user wrote, may be empty
 * @param attributes  optional facts about the person (age group, occupation, country)
 * @param historyLimit K, how many of the latest visible entries a prompt shows
 */
public record Profile(String id, String name, String datasetId, String description,
                      List<ProfileEntry> entries, String preferences, ProfileAttributes attributes,
                      int historyLimit) {
    /** LLMRank cuts histories to the last 50 interactions; so do prompts unless told otherwise. */
    public static final int DEFAULT_HISTORY_LIMIT = 50;

    public Profile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        description = description == null ? "" : description;
        preferences = preferences == null ? "" : preferences;
        attributes = attributes == null ? ProfileAttributes.NONE : attributes;
        if (historyLimit < 1) {
            throw new IllegalArgumentException("A prompt needs at least one history item, not " + historyLimit
                    + ".");
        }
    }

    public Profile(String id, String name, String datasetId, String description, List<ProfileEntry> entries,
                   String preferences, ProfileAttributes attributes) {
        this(id, name, datasetId, description, entries, preferences, attributes, DEFAULT_HISTORY_LIMIT);
    }

    public Profile(String id, String name, String datasetId, String description, List<ProfileEntry> entries,
                   String preferences) {
        this(id, name, datasetId, description, entries, preferences, ProfileAttributes.NONE);
    }

    /** The user's known history: the entries that are not held out, in order. */
    public List<ProfileEntry> visibleHistory() {
        return entries.stream().filter(e -> !e.heldOut()).toList();
    }

    /** What a prompt shows: the last {@link #historyLimit} entries of the visible history, in order. */
    public List<ProfileEntry> promptHistory() {
        List<ProfileEntry> visible = visibleHistory();
        return visible.subList(Math.max(0, visible.size() - historyLimit), visible.size());
    }

    /** The hidden targets a run is scored against. */
    public List<Item> targets() {
        return entries.stream().filter(ProfileEntry::heldOut).map(ProfileEntry::item).toList();
    }

    /**
     * The same profile with prompts showing only the last {@code limit} visible entries. Nothing is dropped: the
     * older entries still count as seen.
     */
    public Profile withHistoryLimit(int limit) {
        return new Profile(id, name, datasetId, description, entries, preferences, attributes, limit);
    }

    /**
     * SHA-256 of everything that can change what a prompt says or how a run is scored: the entries in order (item,
     * rating, reaction, held out), the preferences, the attributes and the history limit when it cuts the
     * history. Name and description are left out, so that renaming a profile does not make its results stale.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder(datasetId).append('\n');
        for (ProfileEntry e : entries) {
            text.append(e.item().id()).append('\t').append(e.rating()).append('\t').append(e.reaction())
                    .append('\t').append(e.heldOut()).append('\n');
        }
        text.append(preferences).append('\n').append(attributes.ageGroup()).append('\t')
                .append(attributes.occupation()).append('\t').append(attributes.country());
        if (visibleHistory().size() > historyLimit) {
            text.append("\nlast ").append(historyLimit);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
