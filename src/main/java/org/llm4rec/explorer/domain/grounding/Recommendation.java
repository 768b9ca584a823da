package org.llm4rec.explorer.domain.grounding;

import java.util.Set;

/**
 * One item of a ranked, grounded recommendation list.
 *
 * @param rank        position, from 1
 * @param title       the title as the model wrote it
 * @param creator     the author/creator as the model wrote it, may be empty
 * @param explanation the model's reason, may be empty
 * @param grounding   the catalogue match
 * @param flags       problems to show
 * @param hit         true when the grounded item is one of the profile's held-out targets
 */
public record Recommendation(int rank, String title, String creator, String explanation, Grounding grounding,
                             Set<Flag> flags, boolean hit) {
    public Recommendation {
        flags = Set.copyOf(flags);
    }
}
