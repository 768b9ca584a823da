package org.llm4rec.explorer.domain.experiment;

import java.util.Map;

/**
 * One configuration's figures over the users it was run on.
 *
 * @param configuration  the configuration
 * @param users          distinct users with a result: the unit of every interval, whatever the repeats
 * @param runs           results counted (users × repeats)
 * @param answeredUsers  distinct users with at least one answer: the users the metrics are over
 * @param failedRuns     results whose call failed at the server, left out of every metric
 * @param metrics        every metric's mean with its 95% bootstrap interval
 * @param validity       validity rates
 * @param coverage       distinct recommended items / catalogue items (0–1)
 * @param latencyP50Ms   median latency per user, NaN when not measured
 * @param latencyP95Ms   95th percentile of latency per user, NaN when not measured
 */
public record ConfigurationSummary(Configuration configuration, int users, int runs, int answeredUsers,
                                   int failedRuns, Map<Metric, Estimate> metrics,
                                   ValidityRates validity, double coverage, double latencyP50Ms,
                                   double latencyP95Ms) {
    public ConfigurationSummary {
        metrics = Map.copyOf(metrics);
    }

    public Estimate metric(Metric metric) {
        return metrics.getOrDefault(metric, Estimate.NONE);
    }
}
