package org.llm4rec.explorer.domain.experiment;

import java.util.List;
import java.util.Objects;

/**
 * One user's result for one configuration and repeat, stored as it arrives. Accuracy metrics are computed from
 * {@code ranked} and {@code targets} by {@link Metric}, so that stored figures and their definitions cannot drift.
 *
 * @param configurationKey {@link Configuration#key()}
 * @param repeat           repetition index, from 0
 * @param userId           the dataset's user id
 * @param outcome          how the run ended
 * @param runId            the stored single run (prompt, raw answer, grounded list), null for baselines
 * @param ranked           the grounded item ids in ranked order, without duplicates and invalid items
 * @param targets          the held-out item ids
 * @param historyLength    how many interactions the user has in the dataset (for segment breakdowns)
 * @param validity         per-item problems of the list
 * @param popularity       beyond-accuracy figures of the list and of the history
 * @param latencyMs        wall time of the model calls, null for baselines and failures without a measure
 * @param firstTokenMs     time to the first token, null when unknown
 * @param tokensIn         prompt tokens, null when unknown
 * @param tokensOut        output tokens, null when unknown
 * @param message          a note (failure message, parse note), may be empty
 */
public record UserResult(String configurationKey, int repeat, String userId, Outcome outcome, String runId,
                         List<String> ranked, List<String> targets, int historyLength, Validity validity,
                         PopularityFigures popularity,
                         Long latencyMs, Long firstTokenMs, Integer tokensIn, Integer tokensOut, String message) {
    public UserResult {
        Objects.requireNonNull(configurationKey, "configurationKey");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(outcome, "outcome");
        ranked = List.copyOf(ranked);
        targets = List.copyOf(targets);
        validity = validity == null ? Validity.NONE : validity;
        popularity = popularity == null ? PopularityFigures.NONE : popularity;
        message = message == null ? "" : message;
    }

    /** The unique key of a stored result: no user is stored twice for the same configuration and repeat. */
    public ResultKey key() {
        return new ResultKey(configurationKey, repeat, userId);
    }
}
