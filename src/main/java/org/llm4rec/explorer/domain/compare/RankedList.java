package org.llm4rec.explorer.domain.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llm4rec.explorer.domain.grounding.Recommendation;

/**
 * A recommendation list as the measures see it: items in rank order, each once. A model that names an item twice
 * keeps its first (best) position; positions are counted from 1 after such repeats are dropped.
 */
public final class RankedList {
    /**
     * One item of the list.
     *
     * @param key         what identifies the item across lists
     * @param label       the title as the model wrote it, which the result column shows too (the catalogue's
     *                    title often carries a long series note)
     * @param explanation the model's reason, may be empty
     */
    public record Entry(ItemKey key, String label, String explanation) {
    }

    private final List<Entry> entries;
    private final Map<ItemKey, Integer> positions = new HashMap<>();

    private RankedList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            positions.put(this.entries.get(i).key(), i + 1);
        }
    }

    /** The list of a run, in rank order. */
    public static RankedList of(List<Recommendation> recommendations) {
        List<Entry> entries = new ArrayList<>();
        Set<ItemKey> seen = new HashSet<>();
        recommendations.stream().sorted(Comparator.comparingInt(Recommendation::rank)).forEach(r -> {
            ItemKey key = ItemKey.of(r);
            if (seen.add(key)) {
                entries.add(new Entry(key, r.title(), r.explanation() == null ? "" : r.explanation()));
            }
        });
        return new RankedList(entries);
    }

    /** A list of bare keys, for measures and tests that need no titles. */
    public static RankedList ofKeys(List<String> keys) {
        List<Entry> entries = new ArrayList<>();
        new LinkedHashSet<>(keys).forEach(k -> entries.add(new Entry(new ItemKey(k), k, "")));
        return new RankedList(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The keys of the first k items (all of them when the list is shorter). */
    public List<ItemKey> top(int k) {
        return entries.subList(0, Math.min(k, entries.size())).stream().map(Entry::key).toList();
    }

    /** Position from 1, or 0 when the item is not in the list. */
    public int positionOf(ItemKey key) {
        return positions.getOrDefault(key, 0);
    }

    public boolean contains(ItemKey key) {
        return positions.containsKey(key);
    }
}
