package org.llm4rec.explorer.domain.judge;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A model judge's scores for one explanation of one run. The origin is always {@link LabelOrigin#MODEL}.
 *
 * @param judgeId         {@link Judge#id()}
 * @param model           the judge's model
 * @param templateId      the judge's template
 * @param templateVersion its version
 * @param runId           the run whose list holds the explanation
 * @param rank            the recommendation's rank, from 1
 * @param itemTitle       the item's title as the recommending model wrote it
 * @param scores          criterion key to a score from 1 to 5; empty when the answer could not be read
 * @param reason          the judge's short reason, may be empty
 * @param rawAnswer       the judge's answer as received
 * @param problem         why the answer could not be read, empty when it could
 * @param judgedAt        when
 */
public record ModelJudgement(String judgeId, String model, String templateId, int templateVersion, String runId,
                             int rank, String itemTitle, Map<String, Integer> scores, String reason,
                             String rawAnswer, String problem, Instant judgedAt) {
    public ModelJudgement {
        Objects.requireNonNull(judgeId, "judgeId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(judgedAt, "judgedAt");
        scores = Map.copyOf(scores);
        itemTitle = itemTitle == null ? "" : itemTitle;
        reason = reason == null ? "" : reason;
        rawAnswer = rawAnswer == null ? "" : rawAnswer;
        problem = problem == null ? "" : problem;
    }

    public LabelOrigin origin() {
        return LabelOrigin.MODEL;
    }

    public OptionalInt score(String criterionKey) {
        Integer score = scores.get(criterionKey);
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    /** True when this is about the given explanation of the given run. */
    public boolean isFor(String runId, int rank) {
        return this.runId.equals(runId) && this.rank == rank;
    }
}
