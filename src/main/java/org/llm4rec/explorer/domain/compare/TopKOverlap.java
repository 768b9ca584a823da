package org.llm4rec.explorer.domain.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much two lists agree on their first k items, ignoring order.
 * <ul>
 *   <li>overlap@k = |A_k ∩ B_k| / k, the "agreement at depth k" of Webber et al.; in [0, 1]. It is divided by k
 *       even when a list is shorter than k, so a 5-item list can agree at most 0.5 at k = 10.</li>
 *   <li>Jaccard@k = |A_k ∩ B_k| / |A_k ∪ B_k|; in [0, 1]; 1 for two empty lists, which agree entirely.</li>
 * </ul>
 */
public final class TopKOverlap {
    private TopKOverlap() {
    }

    /** How many items the first k of each list have in common. */
    public static int shared(RankedList a, RankedList b, int k) {
        Set<ItemKey> common = new HashSet<>(a.top(k));
        common.retainAll(b.top(k));
        return common.size();
    }

    public static double overlap(RankedList a, RankedList b, int k) {
        requirePositive(k);
        return shared(a, b, k) / (double) k;
    }

    public static double jaccard(RankedList a, RankedList b, int k) {
        requirePositive(k);
        List<ItemKey> topA = a.top(k);
        Set<ItemKey> union = new HashSet<>(topA);
        union.addAll(b.top(k));
        return union.isEmpty() ? 1.0 : shared(a, b, k) / (double) union.size();
    }

    static void requirePositive(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }
}
