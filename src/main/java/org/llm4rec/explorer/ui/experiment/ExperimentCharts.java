package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ConfigurationSummary;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.UserResult;

/** What each experiment chart draws, taken from a report. */
final class ExperimentCharts {
    /** What a user of the quality-against-cost chart costs. */
    enum Cost {
        TOKENS("Tokens per user (in + out)"), SECONDS("Seconds per user");

        private final String label;

        Cost(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How users are grouped in the breakdown chart. */
    enum Segment {
        HISTORY_LENGTH("History length"), CATEGORY("Category of the held-out item");

        private final String label;

        Segment(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final String RECOMMENDED = "Recommended items";
    static final String HISTORY = "History items";
    private static final int[] BUCKET_ENDS = {5, 20, 50, 200};

    private final ExperimentReport report;
    private final Function<Configuration, String> labels;

    ExperimentCharts(ExperimentReport report, Function<Configuration, String> labels) {
        this.report = report;
        this.labels = labels;
    }

    /** The metric's mean per configuration with its 95% bootstrap interval. */
    List<BarGroup> metric(Metric metric) {
        return report.configurations().stream().map(s -> {
            Estimate e = s.metric(metric);
            return new BarGroup(labels.apply(s.configuration()), s.configuration().isBaseline(),
                    List.of(new BarGroup.Bar(metric.label(), e.mean(), e.low(), e.high())));
        }).toList();
    }

    /** Every user's value of the metric per configuration (averaged over repeats). */
    List<StripColumn> perUser(Metric metric) {
        return report.configurations().stream().map(s -> new StripColumn(labels.apply(s.configuration()),
                s.configuration().isBaseline(), userMeans(s.configuration(), metric))).toList();
    }

    private List<StripColumn.UserValue> userMeans(Configuration configuration, Metric metric) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (UserResult r : report.results()) {
            Double value = metric.of(r);
            if (r.configurationKey().equals(configuration.key()) && value != null) {
                double[] sum = sums.computeIfAbsent(r.userId(), id -> new double[2]);
                sum[0] += value;
                sum[1]++;
            }
        }
        List<StripColumn.UserValue> values = new ArrayList<>();
        sums.forEach((user, sum) -> values.add(new StripColumn.UserValue(user, sum[0] / sum[1])));
        return values;
    }

    /** NDCG@10 against what a user costs; baselines cost nothing of the model. */
    List<CostPoint> cost(Cost cost) {
        return report.configurations().stream().map(s -> new CostPoint(labels.apply(s.configuration()),
                s.configuration().isBaseline() ? 0 : costOf(s, cost), s.metric(Metric.NDCG_10).mean(),
                s.configuration().isBaseline())).toList();
    }

    private static double costOf(ConfigurationSummary summary, Cost cost) {
        return switch (cost) {
            case TOKENS -> orZero(summary.metric(Metric.TOKENS_IN).mean())
                    + orZero(summary.metric(Metric.TOKENS_OUT).mean());
            case SECONDS -> summary.metric(Metric.LATENCY_MS).mean() / 1000;
        };
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    /**
     * Per configuration the judge scored, the ranking metric against the judge's mean score, each with its
     * interval; configurations without judged explanations (baselines) are left out.
     */
    List<QualityPoint> explanationQuality(Metric metric, JudgeScore score) {
        return report.configurations().stream()
                .map(s -> new QualityPoint(labels.apply(s.configuration()), s.metric(metric),
                        score.judge().estimate(s.configuration().key(), score.criterion().key())))
                .filter(p -> p.judged().users() > 0).toList();
    }

    /** Mean popularity percentile of the recommended items next to that of the users' histories. */
    List<BarGroup> popularity() {
        return report.configurations().stream().map(s -> new BarGroup(labels.apply(s.configuration()),
                s.configuration().isBaseline(), List.of(
                        BarGroup.Bar.of(RECOMMENDED, s.metric(Metric.POPULARITY_PERCENTILE).mean()),
                        BarGroup.Bar.of(HISTORY, s.metric(Metric.HISTORY_POPULARITY_PERCENTILE).mean()))))
                .toList();
    }

    /**
     * The metric's mean per segment of users, one bar per configuration.
     *
     * @param segmentOf the segment of a result's user; null leaves the result out
     */
    List<BarGroup> segments(Metric metric, Function<UserResult, String> segmentOf, List<String> order) {
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
        order.forEach(segment -> sums.put(segment, new LinkedHashMap<>()));
        Map<String, String> labelOfKey = new LinkedHashMap<>();
        report.configurations().forEach(s -> labelOfKey.put(s.configuration().key(),
                (s.configuration().isBaseline() ? "◇ " : "") + labels.apply(s.configuration())));
        for (UserResult r : report.results()) {
            String segment = segmentOf.apply(r);
            Double value = metric.of(r);
            String label = labelOfKey.get(r.configurationKey());
            if (segment == null || value == null || label == null) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(segment, k -> new LinkedHashMap<>())
                    .computeIfAbsent(label, k -> new double[2]);
            sum[0] += value;
            sum[1]++;
        }
        List<BarGroup> groups = new ArrayList<>();
        sums.forEach((segment, byLabel) -> {
            if (byLabel.isEmpty()) {
                return;
            }
            List<BarGroup.Bar> bars = new ArrayList<>();
            for (String label : labelOfKey.values()) {
                double[] sum = byLabel.get(label);
                bars.add(BarGroup.Bar.of(label, sum == null ? Double.NaN : sum[0] / sum[1]));
            }
            int users = (int) report.results().stream().filter(r -> segment.equals(segmentOf.apply(r)))
                    .map(UserResult::userId).distinct().count();
            groups.add(new BarGroup(segment + " (" + users + " users)", false, bars));
        });
        return groups;
    }

    /** The history-length buckets, shortest first. */
    static List<String> historyBuckets() {
        List<String> buckets = new ArrayList<>();
        int from = 1;
        for (int end : BUCKET_ENDS) {
            buckets.add(from == 1 ? "≤ " + end : from + "–" + end);
            from = end + 1;
        }
        buckets.add("> " + BUCKET_ENDS[BUCKET_ENDS.length - 1]);
        return buckets;
    }

    /** The bucket of a user with this many interactions. */
    static String historyBucket(int interactions) {
        List<String> buckets = historyBuckets();
        for (int i = 0; i < BUCKET_ENDS.length; i++) {
            if (interactions <= BUCKET_ENDS[i]) {
                return buckets.get(i);
            }
        }
        return buckets.get(buckets.size() - 1);
    }
}
