package org.llm4rec.explorer.domain.candidates;

import java.util.List;
import org.llm4rec.explorer.domain.Item;

/**
 * The candidates a ranking prompt shows, in the order it shows them.
 *
 * @param protocol        the generator that drew them
 * @param seed            the seed of the draw and of the shuffle
 * @param includesTarget  true when the held-out target was placed among them on purpose (random + target)
 * @param items           the candidates in prompt order
 * @param note            what the user should know (fewer items than asked, no interactions, ...), may be empty
 */
public record CandidateSet(CandidateProtocol protocol, long seed, boolean includesTarget, List<Item> items,
                           String note) {
    public CandidateSet {
        items = List.copyOf(items);
        note = note == null ? "" : note;
    }

    /** The protocol as a label that says whether the target was planted: numbers must never hide it. */
    public String label() {
        return protocol.label() + (includesTarget ? " · includes the held-out target" : "") + " · M="
                + items.size() + " · seed " + seed;
    }

    /** The same items in another order, as bootstrapping asks for. */
    public CandidateSet reordered(List<Item> order, long orderSeed) {
        return new CandidateSet(protocol, orderSeed, includesTarget, order, note);
    }
}
