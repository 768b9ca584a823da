package org.llm4rec.explorer.domain.judge;

import java.time.Instant;

/**
 * Two anonymous sides shown to a rater.
 *
 * @param pairKey   the same for a pair and its swapped re-show
 * @param kind      explanations of one item, or whole lists
 * @param profileId the profile both runs were made for
 * @param itemId    the item's catalogue id for explanation pairs when grounded, else null
 * @param itemTitle the item's title for explanation pairs, empty for lists
 * @param left      side A
 * @param right     side B
 * @param swapped   true for the re-show with the sides exchanged
 */
public record BlindPair(String pairKey, PairKind kind, String profileId, String itemId, String itemTitle,
                        BlindSide left, BlindSide right, boolean swapped) {

    /** The same pair with its sides exchanged, marked as the re-show. */
    public BlindPair swappedCopy() {
        return new BlindPair(pairKey, kind, profileId, itemId, itemTitle, right, left, true);
    }

    /** The same showing with its sides exchanged, as when sides are first drawn at random. */
    BlindPair mirrored() {
        return new BlindPair(pairKey, kind, profileId, itemId, itemTitle, right, left, swapped);
    }

    public Vote vote(String id, String sessionId, Choice choice, String rater, Instant at) {
        return new Vote(id, sessionId, pairKey, kind, profileId, itemId, itemTitle, left.source(), right.source(),
                swapped, choice, rater, at, LabelOrigin.HUMAN);
    }
}
