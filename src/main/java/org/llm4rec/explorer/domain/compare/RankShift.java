package org.llm4rec.explorer.domain.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one item stands in two lists.
 *
 * @param key   the item
 * @param label its title
 * @param from  its position in the first list, from 1; 0 when absent from it
 * @param to    its position in the second list, from 1; 0 when absent from it
 */
public record RankShift(ItemKey key, String label, int from, int to) {

    /** Every item of either list: the first list's in its order, then those only the second list has. */
    public static List<RankShift> between(RankedList first, RankedList second) {
        List<RankShift> shifts = new ArrayList<>();
        first.entries().forEach(e -> shifts.add(
                new RankShift(e.key(), e.label(), first.positionOf(e.key()), second.positionOf(e.key()))));
        second.entries().stream().filter(e -> !first.contains(e.key()))
                .forEach(e -> shifts.add(new RankShift(e.key(), e.label(), 0, second.positionOf(e.key()))));
        return shifts;
    }

    public boolean inBoth() {
        return from > 0 && to > 0;
    }

    /** Places moved up from the first list to the second (negative: down); 0 when absent from either. */
    public int movedUp() {
        return inBoth() ? from - to : 0;
    }
}
