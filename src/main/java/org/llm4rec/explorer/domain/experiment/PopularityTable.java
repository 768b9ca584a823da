package org.llm4rec.explorer.domain.experiment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item popularity in a dataset: how many users interacted with each item. Percentiles use mid-ranks, so tied
 * items share one percentile: percentile(i) = 100 × (#items less popular + ½ × #other items equally popular)
 * / (#items − 1), i.e. 0 for the least and 100 for the most popular item.
 */
public final class PopularityTable {
    private final Map<String, Long> counts;
    private final long[] sorted;
    private final int users;

    /**
     * @param counts per item id, the number of users who interacted with it (every catalogue item, 0 included)
     * @param users  the number of users of the dataset
     */
    public PopularityTable(Map<String, Long> counts, int users) {
        this.counts = new HashMap<>(counts);
        this.sorted = counts.values().stream().mapToLong(Long::longValue).sorted().toArray();
        this.users = Math.max(1, users);
    }

    public long count(String itemId) {
        return counts.getOrDefault(itemId, 0L);
    }

    /** 0–100; items outside the table count as never interacted with. */
    public double percentile(String itemId) {
        if (sorted.length < 2) {
            return 50;
        }
        long c = count(itemId);
        int below = lowerBound(c);
        int equal = lowerBound(c + 1) - below;
        double others = Math.max(0, equal - (counts.containsKey(itemId) ? 1 : 0));
        return 100.0 * (below + others / 2) / (sorted.length - 1);
    }

    /**
     * −log2(count / users); an item nobody interacted with counts as one user's, so that it stays finite, and a
     * count above the number of users (repeat interactions) as all users.
     */
    public double novelty(String itemId) {
        return -Math.log(Math.min(users, Math.max(1, count(itemId))) / (double) users) / Math.log(2);
    }

    /** The figures of a list against a history. */
    public PopularityFigures figures(List<String> recommended, List<String> history) {
        return new PopularityFigures(mean(recommended, this::percentile), mean(history, this::percentile),
                mean(recommended, this::novelty));
    }

    private int lowerBound(long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    private static Double mean(List<String> ids, java.util.function.ToDoubleFunction<String> f) {
        return ids.isEmpty() ? null : ids.stream().mapToDouble(f).average().orElse(0);
    }
}
