package org.llm4rec.explorer.domain.judge;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A model judge's verdict on two explanations of the same item, in one order. Every pair is judged in both orders,
 * so that a judge that prefers a position rather than an explanation shows it.
 *
 * @param judgeId     {@link Judge#id()} of the pairwise judge
 * @param pairKey     the same for both orders of a pair
 * @param firstRunId  the run whose explanation was shown first (A)
 * @param secondRunId the run whose explanation was shown second (B)
 * @param firstRank   its rank in the first run's list
 * @param secondRank  its rank in the second run's list
 * @param itemTitle   the item both explain
 * @param verdict     the verdict
 * @param reason      the judge's reason, may be empty
 * @param rawAnswer   the answer as received
 * @param judgedAt    when
 */
public record PairJudgement(String judgeId, String pairKey, String firstRunId, String secondRunId, int firstRank,
                            int secondRank, String itemTitle, PairVerdict verdict, String reason, String rawAnswer,
                            Instant judgedAt) {
    public PairJudgement {
        Objects.requireNonNull(judgeId, "judgeId");
        Objects.requireNonNull(pairKey, "pairKey");
        Objects.requireNonNull(firstRunId, "firstRunId");
        Objects.requireNonNull(secondRunId, "secondRunId");
        Objects.requireNonNull(verdict, "verdict");
        itemTitle = itemTitle == null ? "" : itemTitle;
        reason = reason == null ? "" : reason;
        rawAnswer = rawAnswer == null ? "" : rawAnswer;
    }

    /** The run whose explanation won, empty for a tie. */
    public Optional<String> winnerRunId() {
        return switch (verdict) {
            case FIRST -> Optional.of(firstRunId);
            case SECOND -> Optional.of(secondRunId);
            case TIE -> Optional.empty();
        };
    }
}
