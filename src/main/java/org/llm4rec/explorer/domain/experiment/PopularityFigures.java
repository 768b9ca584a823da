package org.llm4rec.explorer.domain.experiment;

/**
 * Popularity of one user's recommendations against their history (see {@link PopularityTable}).
 *
 * @param recommendedPercentile mean popularity percentile (0–100) of the recommended items, null when none
 * @param historyPercentile     mean popularity percentile of the items of the visible history
 * @param novelty               mean −log2(share of users who interacted with the item) of the recommended
 *                              items, null when none
 */
public record PopularityFigures(Double recommendedPercentile, Double historyPercentile, Double novelty) {
    public static final PopularityFigures NONE = new PopularityFigures(null, null, null);
}
