package org.llm4rec.explorer.domain.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The items every list has in its first k places. */
public final class SharedItems {
    private SharedItems() {
    }

    /** In the first list's order; empty when there are no lists. */
    public static Set<ItemKey> inAll(List<RankedList> lists, int k) {
        if (lists.isEmpty()) {
            return Set.of();
        }
        Set<ItemKey> shared = new LinkedHashSet<>(lists.get(0).top(k));
        lists.subList(1, lists.size()).forEach(list -> shared.retainAll(list.top(k)));
        return shared;
    }
}
