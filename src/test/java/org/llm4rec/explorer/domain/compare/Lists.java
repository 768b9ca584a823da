package org.llm4rec.explorer.domain.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;

/** Small lists for the measures' tests. */
final class Lists {
    private Lists() {
    }

    /** A list of bare keys: list("a", "b") ranks a first. */
    static RankedList list(String... keys) {
        return RankedList.ofKeys(Arrays.asList(keys));
    }

    static Recommendation grounded(int rank, String title, String itemId, String explanation) {
        return new Recommendation(rank, title, "", explanation,
                new Grounding(new Item(itemId, title, "", null, "", 0), GroundingMethod.EXACT, 1), Set.of(), false);
    }

    static Recommendation ungrounded(int rank, String title, String explanation) {
        return new Recommendation(rank, title, "", explanation, Grounding.none(), Set.of(), false);
    }

    static List<ItemKey> keys(String... values) {
        return Arrays.stream(values).map(ItemKey::new).toList();
    }
}
