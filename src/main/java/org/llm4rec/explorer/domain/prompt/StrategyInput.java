package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import java.util.stream.Stream;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/**
 * What a strategy builds its prompt from.
 *
 * @param dataset        the dataset (its item kind names things in the prompt)
 * @param profile        the profile; only its visible history may reach the prompt
 * @param count          how many items to recommend
 * @param candidates     candidate items to rank, in prompt order; empty for open generation
 * @param demonstrations in-context examples, empty for zero-shot strategies
 * @param nativeThinking true when the model thinks natively (Ollama {@code think}), so a prompt need not ask it
 *                       to reason in its answer
 * @param letterLabels   candidates are labelled (A), (B), … and answered by letter (LlamaRec), not by title
 */
public record StrategyInput(Dataset dataset, Profile profile, int count, List<Item> candidates,
                            List<Demonstration> demonstrations, boolean nativeThinking, boolean letterLabels) {
    public StrategyInput {
        candidates = List.copyOf(candidates);
        demonstrations = List.copyOf(demonstrations);
    }

    public StrategyInput(Dataset dataset, Profile profile, int count, List<Item> candidates,
                         List<Demonstration> demonstrations, boolean nativeThinking) {
        this(dataset, profile, count, candidates, demonstrations, nativeThinking, false);
    }

    public StrategyInput(Dataset dataset, Profile profile, int count, List<Item> candidates) {
        this(dataset, profile, count, candidates, List.of(), false);
    }

    /** True when an item the prompt shows names its creator, so that answers can be asked to name one too. */
    public boolean itemsHaveCreators() {
        return Stream.concat(profile.promptHistory().stream().map(ProfileEntry::item), candidates.stream())
                .anyMatch(item -> !item.creators().isBlank());
    }

    /** True when the history the prompt shows carries a rating or a like/dislike. */
    public boolean historyRated() {
        return profile.promptHistory().stream().anyMatch(e -> e.rating() != null || e.reaction() != Reaction.NONE);
    }

    /** The item kind's name as prompts say it ("movie"), "item" when the dataset does not say. */
    public String itemKind() {
        return ItemKinds.singular(dataset == null ? null : dataset.itemKind());
    }
}
