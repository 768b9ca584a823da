package org.llm4rec.explorer.domain.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How stable a configuration's answer is over repeats (the same configuration run with different seeds): for each
 * item that reached the top k of any repeat, where it stood in each repeat, and its explanations, identical ones
 * grouped with counts.
 *
 * @param repeats how many repeats were compared
 * @param k       the depth looked at
 * @param items   the items, most frequent first, then by their mean position
 */
public record Stability(int repeats, int k, List<ItemFrequency> items) {
    public Stability {
        items = List.copyOf(items);
    }

    /**
     * One item over the repeats.
     *
     * @param key          the item
     * @param label        its title, as the first repeat naming it wrote it
     * @param positions    its position in each repeat's top k, in repeat order; 0 where it was not in the top k
     * @param explanations its explanations in the repeats that had it in the top k, identical texts (after
     *                     collapsing white space) grouped, most frequent first; blank explanations left out
     */
    public record ItemFrequency(ItemKey key, String label, List<Integer> positions,
                                List<ExplanationCount> explanations) {
        public ItemFrequency {
            positions = List.copyOf(positions);
            explanations = List.copyOf(explanations);
        }

        /** In how many repeats it reached the top k. */
        public int count() {
            return (int) positions.stream().filter(p -> p > 0).count();
        }

        /** The share of repeats that had it in the top k, in [0, 1]. */
        public double fraction() {
            return positions.isEmpty() ? 0 : (double) count() / positions.size();
        }

        double meanPosition() {
            return positions.stream().filter(p -> p > 0).mapToInt(Integer::intValue).average().orElse(0);
        }
    }

    /**
     * One explanation text and how many repeats gave it.
     *
     * @param text  the explanation, white space collapsed
     * @param count how many repeats gave exactly this text
     */
    public record ExplanationCount(String text, int count) {
    }

    /** The stability of the given repeats' lists at depth k. */
    public static Stability of(List<RankedList> repeats, int k) {
        TopKOverlap.requirePositive(k);
        Map<ItemKey, String> labels = new LinkedHashMap<>();
        Map<ItemKey, int[]> positions = new LinkedHashMap<>();
        Map<ItemKey, Map<String, Integer>> explanations = new LinkedHashMap<>();
        for (int r = 0; r < repeats.size(); r++) {
            List<RankedList.Entry> top = repeats.get(r).entries();
            for (int i = 0; i < Math.min(k, top.size()); i++) {
                RankedList.Entry entry = top.get(i);
                labels.putIfAbsent(entry.key(), entry.label());
                positions.computeIfAbsent(entry.key(), key -> new int[repeats.size()])[r] = i + 1;
                String text = entry.explanation().strip().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    explanations.computeIfAbsent(entry.key(), key -> new LinkedHashMap<>())
                            .merge(text, 1, Integer::sum);
                }
            }
        }
        List<ItemFrequency> items = new ArrayList<>();
        labels.forEach((key, label) -> items.add(new ItemFrequency(key, label,
                Arrays.stream(positions.get(key)).boxed().toList(),
                grouped(explanations.getOrDefault(key, Map.of())))));
        items.sort(Comparator.comparingInt(ItemFrequency::count).reversed()
                .thenComparingDouble(ItemFrequency::meanPosition));
        return new Stability(repeats.size(), k, items);
    }

    private static List<ExplanationCount> grouped(Map<String, Integer> counts) {
        List<ExplanationCount> groups = new ArrayList<>();
        counts.forEach((text, count) -> groups.add(new ExplanationCount(text, count)));
        groups.sort(Comparator.comparingInt(ExplanationCount::count).reversed());
        return groups;
    }
}
