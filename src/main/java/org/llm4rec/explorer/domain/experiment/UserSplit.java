package org.llm4rec.explorer.domain.experiment;

import java.util.List;
import java.util.Objects;

/**
 * One user as the protocol splits them: what prompts may show and what is held out.
 *
 * @param userId       the dataset's user id
 * @param history      the item ids prompts may show, oldest first, already cut to the protocol's last K
 * @param targets      the held-out item ids, oldest first; never in {@code history} and never shown in prompts
 * @param interactions how many interactions the user has in the dataset (for segments by history length)
 * @param candidates   the frozen candidates in prompt order (targets placed among them), empty for open generation
 */
public record UserSplit(String userId, List<String> history, List<String> targets, int interactions,
                        List<String> candidates) implements SplitOutcome {
    public UserSplit {
        Objects.requireNonNull(userId, "userId");
        history = List.copyOf(history);
        targets = List.copyOf(targets);
        candidates = List.copyOf(candidates);
    }
}
