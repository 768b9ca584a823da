package org.llm4rec.explorer.domain.grounding;

import java.util.List;
import org.llm4rec.explorer.domain.Item;

/**
 * The catalogue item a generated title was matched to.
 *
 * @param item         the matched item, or null when method is NONE
 * @param method       how it was matched
 * @param confidence   from 0 to 1; 1 for exact matches
 * @param alternatives when grounded, the catalogue items the title fits equally well, the item among them, if the
 *                     answer did not tell them apart (remakes, a film listed twice); when not grounded, the
 *                     closest catalogue items, for the reader to check. Empty otherwise.
 */
public record Grounding(Item item, GroundingMethod method, double confidence, List<Item> alternatives) {
    public Grounding {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public Grounding(Item item, GroundingMethod method, double confidence) {
        this(item, method, confidence, List.of());
    }

    public static Grounding none() {
        return new Grounding(null, GroundingMethod.NONE, 0);
    }

    public boolean grounded() {
        return item != null;
    }

    /** Grounded to one of several items that share the title: the answer names them all, not one. */
    public boolean ambiguous() {
        return grounded() && alternatives.size() > 1;
    }
}
