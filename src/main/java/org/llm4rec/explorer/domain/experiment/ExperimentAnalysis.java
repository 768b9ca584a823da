package org.llm4rec.explorer.domain.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Turns per-user results into per-configuration summaries. */
public final class ExperimentAnalysis {
    /** Results in an order fixed by what they are, not by when they arrived: user, then repeat. */
    private static final Comparator<UserResult> STABLE_ORDER = Comparator.comparing(UserResult::userId)
            .thenComparingInt(UserResult::repeat);

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
            summaries.add(summarise(c, own, catalogueSize, definition.protocol().seed()));
        }
        return new ExperimentReport(runId, definition, sampledUsers, exclusions, summaries, results);
    }

    /**
     * The figures of one configuration. Results are put in a stable order first, so the same results give the
     * same figures (to the last bit) however many model calls ran at once.
     *
     * @param seed the bootstrap's seed: the protocol's, so that the experiment file fixes the intervals
     */
    public static ConfigurationSummary summarise(Configuration configuration, List<UserResult> results,
                                                 int catalogueSize, long seed) {
        List<UserResult> ordered = results.stream().sorted(STABLE_ORDER).toList();
        Map<String, List<UserResult>> byUser = byUser(results);
        Map<Metric, Estimate> metrics = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            List<double[]> perUser = byUser.values().stream().map(own -> values(own, m)).toList();
            metrics.put(m, Bootstrap.mean(perUser, seed, Bootstrap.DEFAULT_RESAMPLES)
                    .withRepeatSpread(repeatSpread(ordered, m)));
        }
        Set<String> recommended = new HashSet<>();
        results.forEach(r -> recommended.addAll(r.ranked()));
        double[] latencies = values(ordered, Metric.LATENCY_MS);
        Arrays.sort(latencies);
        int answered = (int) byUser.values().stream()
                .filter(own -> own.stream().anyMatch(r -> r.outcome() != Outcome.FAILED)).count();
        int failed = (int) results.stream().filter(r -> r.outcome() == Outcome.FAILED).count();
        return new ConfigurationSummary(configuration, byUser.size(), results.size(), answered, failed, metrics,
                validity(results),
                catalogueSize == 0 ? 0 : (double) recommended.size() / catalogueSize,
                Percentiles.of(latencies, 50), Percentiles.of(latencies, 95));
    }

    /**
     * Each user's results, users and their repeats in an order fixed by what they are, not by when they arrived:
     * the bootstrap draws users by position.
     */
    static Map<String, List<UserResult>> byUser(List<UserResult> results) {
        Map<String, List<UserResult>> byUser = new LinkedHashMap<>();
        results.stream().sorted(STABLE_ORDER)
                .forEach(r -> byUser.computeIfAbsent(r.userId(), id -> new ArrayList<>()).add(r));
        return byUser;
    }

    /** The sample standard deviation of the metric's per-repeat means; NaN when fewer than two repeats have one. */
    static double repeatSpread(List<UserResult> ordered, Metric metric) {
        Map<Integer, List<UserResult>> byRepeat = new TreeMap<>();
        ordered.forEach(r -> byRepeat.computeIfAbsent(r.repeat(), k -> new ArrayList<>()).add(r));
        double[] means = byRepeat.values().stream().map(own -> values(own, metric)).filter(v -> v.length > 0)
                .mapToDouble(v -> Arrays.stream(v).sum() / v.length).toArray();
        if (means.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(means).sum() / means.length;
        double squares = Arrays.stream(means).map(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(squares / (means.length - 1));
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
        long explained = 0;
        long citesAbsent = 0;
        int parseFailures = 0;
        int failures = 0;
        for (UserResult r : results) {
            Validity v = r.validity();
            listed += v.listed();
            outOfCatalogue += v.outOfCatalogue();
            duplicates += v.duplicates();
            seen += v.alreadySeen();
            notInCandidates += v.notInCandidates();
            explained += v.explained();
            citesAbsent += v.citesAbsentHistory();
            parseFailures += r.outcome() == Outcome.PARSE_FAILED ? 1 : 0;
            failures += r.outcome() == Outcome.FAILED ? 1 : 0;
        }
        return new ValidityRates(share(parseFailures, users), share(failures, users), share(outOfCatalogue, listed),
                share(duplicates, listed), share(seen, listed), share(notInCandidates, listed),
                share(citesAbsent, explained));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
