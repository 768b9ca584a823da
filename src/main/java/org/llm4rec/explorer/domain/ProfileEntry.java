package org.llm4rec.explorer.domain;

import java.util.Objects;

/**
 * One item in a profile's history.
 *
 * @param item     the catalogue item
 * @param rating   the user's rating on the dataset's scale, or null when unrated
 * @param heldOut  true when the item is a hidden target for scoring and must never reach a prompt
 * @param reaction a like or dislike, {@link Reaction#NONE} when the user gave none
 */
public record ProfileEntry(Item item, Double rating, boolean heldOut, Reaction reaction) {
    public ProfileEntry {
        Objects.requireNonNull(item, "item");
        reaction = reaction == null ? Reaction.NONE : reaction;
    }

    public ProfileEntry(Item item, Double rating, boolean heldOut) {
        this(item, rating, heldOut, Reaction.NONE);
    }

    public ProfileEntry withRating(Double newRating) {
        return new ProfileEntry(item, newRating, heldOut, reaction);
    }

    public ProfileEntry withHeldOut(boolean newHeldOut) {
        return new ProfileEntry(item, rating, newHeldOut, reaction);
    }

    public ProfileEntry withReaction(Reaction newReaction) {
        return new ProfileEntry(item, rating, heldOut, newReaction);
    }
}
