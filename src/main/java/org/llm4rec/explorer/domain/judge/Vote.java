package org.llm4rec.explorer.domain.judge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One blind A/B judgement.
 *
 * @param id        vote id
 * @param sessionId the blind session it was cast in
 * @param pairKey   identifies the unordered pair of sources (and item), equal for a pair and its swapped re-show
 * @param kind      explanation pair or list pair
 * @param profileId the profile both sides were generated for
 * @param itemId    the item both explanations are about (catalogue id), null for list pairs or ungrounded titles
 * @param itemTitle the item's title, empty for list pairs
 * @param left      the source shown on the left, as side A
 * @param right     the source shown on the right, as side B
 * @param swapped   true when this showing is the re-show of an earlier pair with the sides exchanged
 * @param choice    the verdict
 * @param rater     who voted
 * @param votedAt   when
 * @param origin    always {@link LabelOrigin#HUMAN} for now
 */
public record Vote(String id, String sessionId, String pairKey, PairKind kind, String profileId, String itemId,
                   String itemTitle, VoteSource left, VoteSource right, boolean swapped, Choice choice, String rater,
                   Instant votedAt, LabelOrigin origin) {
    public Vote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(votedAt, "votedAt");
        sessionId = sessionId == null ? "" : sessionId;
        pairKey = pairKey == null ? "" : pairKey;
        itemTitle = itemTitle == null ? "" : itemTitle;
        rater = rater == null ? "" : rater;
        origin = origin == null ? LabelOrigin.HUMAN : origin;
    }

    /** The preferred source, empty for a tie or "both bad". */
    public Optional<VoteSource> winner() {
        return switch (choice) {
            case A -> Optional.of(left);
            case B -> Optional.of(right);
            default -> Optional.empty();
        };
    }
}
