package org.llm4rec.explorer.domain.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Kendall's τ between the top-k of two lists that need not hold the same items.
 *
 * <p>Variant: τ-b over the union of both top-k lists, where an item missing from a list's top k is placed at rank
 * k + 1 of that list, tied with every other missing item. τ-b = (C − D) / √((n₀ − n₁)(n₀ − n₂)), with C and D
 * the concordant and discordant pairs, n₀ = n(n − 1)/2 pairs in a union of n items, n₁ and n₂ the pairs tied in
 * the first and in the second list. Range [−1, 1]: 1 for the same items in the same order, −1 for the same items
 * in reverse order. Disjoint lists get a negative value that is not −1 (−2k/(3k − 1) for two full disjoint
 * top-k lists: every cross pair is discordant, pairs of one list's items are tied in the other).
 *
 * <p>It is undefined (empty) when the union has fewer than two items, or when one list ranks every item alike
 * (an empty list); as an exception, two identical one-item lists have τ = 1.
 */
public final class KendallTau {
    private KendallTau() {
    }

    public static OptionalDouble atK(RankedList a, RankedList b, int k) {
        TopKOverlap.requirePositive(k);
        List<ItemKey> topA = a.top(k);
        List<ItemKey> topB = b.top(k);
        if (!topA.isEmpty() && topA.equals(topB)) {
            return OptionalDouble.of(1.0);
        }
        Set<ItemKey> union = new LinkedHashSet<>(topA);
        union.addAll(topB);
        List<int[]> ranks = new ArrayList<>();
        for (ItemKey item : union) {
            ranks.add(new int[] {rank(topA, item, k), rank(topB, item, k)});
        }
        long concordant = 0;
        long discordant = 0;
        long tiedA = 0;
        long tiedB = 0;
        for (int i = 0; i < ranks.size(); i++) {
            for (int j = i + 1; j < ranks.size(); j++) {
                int da = Integer.compare(ranks.get(i)[0], ranks.get(j)[0]);
                int db = Integer.compare(ranks.get(i)[1], ranks.get(j)[1]);
                if (da == 0) {
                    tiedA++;
                }
                if (db == 0) {
                    tiedB++;
                }
                if (da != 0 && db != 0) {
                    if (da == db) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        long pairs = (long) ranks.size() * (ranks.size() - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedA) * (pairs - tiedB));
        return denominator == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((concordant - discordant) / denominator);
    }

    private static int rank(List<ItemKey> top, ItemKey item, int k) {
        int index = top.indexOf(item);
        return index < 0 ? k + 1 : index + 1;
    }
}
