package org.llm4rec.explorer.domain.experiment;

import java.util.function.Function;

/**
 * Every per-user figure an experiment reports, each averaged over users with a bootstrap interval. A null value
 * means "not measured for this user" (a baseline has no latency) and leaves the user out of that mean. A call that
 * failed at the server measured nothing: it has no value for any metric, so that a server going down lowers the
 * number of users a mean is over, never the mean itself.
 */
public enum Metric {
    HR_1("HR@1", true, r -> RankingMetrics.hitRate(r.ranked(), r.targets(), 1)),
    HR_5("HR@5", true, r -> RankingMetrics.hitRate(r.ranked(), r.targets(), 5)),
    HR_10("HR@10", true, r -> RankingMetrics.hitRate(r.ranked(), r.targets(), 10)),
    HR_20("HR@20", true, r -> RankingMetrics.hitRate(r.ranked(), r.targets(), 20)),
    NDCG_1("NDCG@1", true, r -> RankingMetrics.ndcg(r.ranked(), r.targets(), 1)),
    NDCG_5("NDCG@5", true, r -> RankingMetrics.ndcg(r.ranked(), r.targets(), 5)),
    NDCG_10("NDCG@10", true, r -> RankingMetrics.ndcg(r.ranked(), r.targets(), 10)),
    NDCG_20("NDCG@20", true, r -> RankingMetrics.ndcg(r.ranked(), r.targets(), 20)),
    MRR("MRR", true, r -> RankingMetrics.reciprocalRank(r.ranked(), r.targets())),
    RECALL_1("Recall@1", true, r -> RankingMetrics.recall(r.ranked(), r.targets(), 1)),
    RECALL_5("Recall@5", true, r -> RankingMetrics.recall(r.ranked(), r.targets(), 5)),
    RECALL_10("Recall@10", true, r -> RankingMetrics.recall(r.ranked(), r.targets(), 10)),
    RECALL_20("Recall@20", true, r -> RankingMetrics.recall(r.ranked(), r.targets(), 20)),
    POPULARITY_PERCENTILE("Popularity percentile of recommendations", false,
            r -> r.popularity().recommendedPercentile()),
    HISTORY_POPULARITY_PERCENTILE("Popularity percentile of histories", false,
            r -> r.popularity().historyPercentile()),
    NOVELTY("Novelty (mean −log2 popularity)", true, r -> r.popularity().novelty()),
    LATENCY_MS("Latency per user (ms)", false, r -> r.latencyMs() == null ? null : r.latencyMs().doubleValue()),
    FIRST_TOKEN_MS("Time to first token (ms)", false,
            r -> r.firstTokenMs() == null ? null : r.firstTokenMs().doubleValue()),
    TOKENS_IN("Tokens in per user", false, r -> r.tokensIn() == null ? null : r.tokensIn().doubleValue()),
    TOKENS_OUT("Tokens out per user", false, r -> r.tokensOut() == null ? null : r.tokensOut().doubleValue());

    private final String label;
    private final boolean higherIsBetter;
    private final Function<UserResult, Double> value;

    Metric(String label, boolean higherIsBetter, Function<UserResult, Double> value) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    public String label() {
        return label;
    }

    /** For charts and Pareto fronts; popularity and cost are better low. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * A clock reading (latency, time to first token): it differs from one run of the same experiment to the next,
     * so it is kept apart from the figures that a file and its seed fix.
     */
    public boolean measuresWallTime() {
        return this == LATENCY_MS || this == FIRST_TOKEN_MS;
    }

    /** The user's value, or null when not measured (a baseline's latency, any figure of a failed call). */
    public Double of(UserResult result) {
        return result.outcome() == Outcome.FAILED ? null : value.apply(result);
    }
}
