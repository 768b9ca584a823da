package org.llm4rec.explorer.domain.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Top-K accuracy of one ranked list against the held-out targets. Ranks count from 1 over the list as given
 * (callers pass grounded, de-duplicated lists); a target listed twice counts at its first rank only.
 */
public final class RankingMetrics {
    /** The cut-offs every experiment reports. */
    public static final List<Integer> CUTOFFS = List.of(1, 5, 10, 20);

    private RankingMetrics() {
    }

    /** 1 when any target is in the top K, else 0. */
    public static double hitRate(List<String> ranked, List<String> targets, int k) {
        return firstHitRank(ranked, targets) <= k ? 1 : 0;
    }

    /**
     * DCG@K / ideal DCG@K with binary relevance: each target found at rank r adds 1 / log2(r + 1); the ideal
     * places all targets first. With one target this is 1 / log2(rank + 1) when rank ≤ K.
     */
    public static double ndcg(List<String> ranked, List<String> targets, int k) {
        Set<String> remaining = new HashSet<>(targets);
        if (remaining.isEmpty()) {
            return 0;
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (remaining.remove(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, new HashSet<>(targets).size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    /** 1 / rank of the first target found, 0 when none is listed. */
    public static double reciprocalRank(List<String> ranked, List<String> targets) {
        int rank = firstHitRank(ranked, targets);
        return rank == Integer.MAX_VALUE ? 0 : 1.0 / rank;
    }

    /** Distinct targets in the top K / number of distinct targets. */
    public static double recall(List<String> ranked, List<String> targets, int k) {
        Set<String> wanted = new HashSet<>(targets);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> found = new HashSet<>(ranked.subList(0, Math.min(k, ranked.size())));
        found.retainAll(wanted);
        return (double) found.size() / wanted.size();
    }

    /** The rank (from 1) of the first target in the list, {@link Integer#MAX_VALUE} when none is there. */
    public static int firstHitRank(List<String> ranked, List<String> targets) {
        Set<String> wanted = new HashSet<>(targets);
        for (int i = 0; i < ranked.size(); i++) {
            if (wanted.contains(ranked.get(i))) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
