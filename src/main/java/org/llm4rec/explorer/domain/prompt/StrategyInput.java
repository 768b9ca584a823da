package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;

/**
 * What a strategy builds its prompt from.
 *
 * @param dataset    the dataset (its item kind names things in the prompt)
 * @param profile    the profile; only its visible history may reach the prompt
 * @param count      how many items to recommend
 * @param candidates candidate items to rank, empty for open generation
 */
public record StrategyInput(Dataset dataset, Profile profile, int count, List<Item> candidates) {
    public StrategyInput {
        candidates = List.copyOf(candidates);
    }
}
