package org.llm4rec.explorer.domain.experiment;

import java.util.Objects;

/**
 * A sampled user the protocol left out, counted and shown with the results.
 *
 * @param userId the dataset's user id
 * @param reason why
 */
public record Exclusion(String userId, ExclusionReason reason) implements SplitOutcome {
    public Exclusion {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(reason, "reason");
    }
}
