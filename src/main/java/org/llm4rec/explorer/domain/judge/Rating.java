package org.llm4rec.explorer.domain.judge;

import java.time.Instant;
import java.util.Objects;

/**
 * A rater's rubric scores for one explanation of one run.
 *
 * @param id        rating id
 * @param runId     the run whose list holds the explanation
 * @param rank      the recommendation's rank in that list, from 1
 * @param itemId    the grounded catalogue item id, null when the title was not matched
 * @param itemTitle the title as the model wrote it
 * @param scores    the four star scores
 * @param note      the rater's free-text note, may be empty
 * @param rater     who rated (the rater name set in Settings)
 * @param ratedAt   when
 * @param origin    always {@link LabelOrigin#HUMAN} for now; kept so exports flag the label's origin
 */
public record Rating(String id, String runId, int rank, String itemId, String itemTitle, RubricScores scores,
                     String note, String rater, Instant ratedAt, LabelOrigin origin) {
    public Rating {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(ratedAt, "ratedAt");
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1, was " + rank);
        }
        itemTitle = itemTitle == null ? "" : itemTitle;
        note = note == null ? "" : note;
        rater = rater == null ? "" : rater;
        origin = origin == null ? LabelOrigin.HUMAN : origin;
    }

    /** True when this rating is about the given explanation of the given run. */
    public boolean isFor(String runId, int rank) {
        return this.runId.equals(runId) && this.rank == rank;
    }
}
