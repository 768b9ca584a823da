package org.llm4rec.explorer.domain.experiment;

import java.util.List;
import java.util.Objects;

/**
 * One user as the protocol splits them: what prompts may show and what is held out.
 *
 * @param userId       the dataset's user id
 * @param known        every item id before the held-out ones, oldest first (the user's known history: what
 *                     counts as already seen); never holds a target
 * @param history      the item ids prompts show: the last K of {@code known}
 * @param targets      the held-out item ids, oldest first; never in {@code history} and never shown in prompts
 * @param interactions how many interactions the user has in the dataset (for segments by history length)
 * @param candidates   the frozen candidates in prompt order (targets placed among them when the protocol plants
 *                     them), empty for open generation
 */
public record UserSplit(String userId, List<String> known, List<String> history, List<String> targets, int interactions,
                        List<String> candidates) implements SplitOutcome {
    public UserSplit {
        Objects.requireNonNull(userId, "userId");
        known = List.copyOf(known);
        history = List.copyOf(history);
        targets = List.copyOf(targets);
        candidates = List.copyOf(candidates);
    }

    /** The same user ranking these candidates, drawn after the split (user filtering). */
    public UserSplit withCandidates(List<String> drawn) {
        return new UserSplit(userId, known, history, targets, interactions, drawn);
    }
}
