package org.llm4rec.explorer.domain.grounding;

import org.llm4rec.explorer.domain.Item;

/**
 * The catalogue item a generated title was matched to.
 *
 * @param item       the matched item, or null when method is NONE
 * @param method     how it was matched
 * @param confidence from 0 to 1; 1 for exact matches
 */
public record Grounding(Item item, GroundingMethod method, double confidence) {
    public static Grounding none() {
        return new Grounding(null, GroundingMethod.NONE, 0);
    }

    public boolean grounded() {
        return item != null;
    }
}
