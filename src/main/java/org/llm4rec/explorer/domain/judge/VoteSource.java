package org.llm4rec.explorer.domain.judge;

import java.util.Objects;

/**
 * Where one side of a blind pair came from: hidden from the rater until the vote is cast.
 *
 * @param runId      the run
 * @param strategyId the run's prompting strategy id
 * @param model      the run's model name
 * @param label      how to name the source once revealed (strategy name · model, or the column title)
 */
public record VoteSource(String runId, String strategyId, String model, String label) {
    public VoteSource {
        Objects.requireNonNull(runId, "runId");
        strategyId = strategyId == null ? "" : strategyId;
        model = model == null ? "" : model;
        label = label == null || label.isBlank() ? strategyId + " · " + model : label;
    }
}
