package org.llm4rec.explorer.domain.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns per-user results into per-configuration summaries. */
public final class ExperimentAnalysis {
    /** Seed of every bootstrap: the same results always give the same intervals. */
    public static final long BOOTSTRAP_SEED = 20240101L;

    private ExperimentAnalysis() {
    }

    /**
     * @param catalogueSize items in the catalogue, for coverage
     */
    public static ExperimentReport report(String runId, ExperimentDefinition definition, int sampledUsers,
                                          Map<ExclusionReason, Integer> exclusions, List<UserResult> results,
                                          int catalogueSize) {
        List<ConfigurationSummary> summaries = new ArrayList<>();
        for (Configuration c : definition.configurations()) {
            String key = c.key();
            List<UserResult> own = results.stream().filter(r -> r.configurationKey().equals(key)).toList();
            summaries.add(summarise(c, own, catalogueSize));
        }
        return new ExperimentReport(runId, definition, sampledUsers, exclusions, summaries, results);
    }

    public static ConfigurationSummary summarise(Configuration configuration, List<UserResult> results,
                                                 int catalogueSize) {
        Map<Metric, Estimate> metrics = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            metrics.put(m, Bootstrap.mean(values(results, m), BOOTSTRAP_SEED, Bootstrap.DEFAULT_RESAMPLES));
        }
        Set<String> recommended = new HashSet<>();
        results.forEach(r -> recommended.addAll(r.ranked()));
        double[] latencies = values(results, Metric.LATENCY_MS);
        java.util.Arrays.sort(latencies);
        return new ConfigurationSummary(configuration, results.size(), metrics, validity(results),
                catalogueSize == 0 ? 0 : (double) recommended.size() / catalogueSize,
                Percentiles.of(latencies, 50), Percentiles.of(latencies, 95));
    }

    /** The measured values of a metric, users without a value left out. */
    public static double[] values(List<UserResult> results, Metric metric) {
        return results.stream().map(metric::of).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    }

    static ValidityRates validity(List<UserResult> results) {
        int users = results.size();
        long listed = 0;
        long outOfCatalogue = 0;
        long duplicates = 0;
        long seen = 0;
        long notInCandidates = 0;
        int parseFailures = 0;
        int failures = 0;
        for (UserResult r : results) {
            Validity v = r.validity();
            listed += v.listed();
            outOfCatalogue += v.outOfCatalogue();
            duplicates += v.duplicates();
            seen += v.alreadySeen();
            notInCandidates += v.notInCandidates();
            parseFailures += r.outcome() == Outcome.PARSE_FAILED ? 1 : 0;
            failures += r.outcome() == Outcome.FAILED ? 1 : 0;
        }
        return new ValidityRates(share(parseFailures, users), share(failures, users), share(outOfCatalogue, listed),
                share(duplicates, listed), share(seen, listed), share(notInCandidates, listed));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
