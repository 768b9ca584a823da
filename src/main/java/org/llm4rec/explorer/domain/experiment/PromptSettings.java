package org.llm4rec.explorer.domain.experiment;

import java.util.Objects;
import org.llm4rec.explorer.domain.candidates.DemoSource;

/**
 * How a strategy is run beyond its template, as the single-run settings say it (candidates come from the protocol).
 *
 * @param demoSource      where few-shot demonstrations come from (the user's own history by default)
 * @param demoCount       how many demonstrations
 * @param nativeThinking  ask the model to think natively
 * @param bootstrapOrders how many shuffled candidate orders to rank and aggregate (1 ranks once)
 */
public record PromptSettings(DemoSource demoSource, int demoCount, boolean nativeThinking, int bootstrapOrders) {
    public PromptSettings {
        Objects.requireNonNull(demoSource, "demoSource");
        if (demoCount < 0 || demoCount > 10) {
            throw new IllegalArgumentException("Demonstrations: 0 to 10, not " + demoCount + ".");
        }
        if (bootstrapOrders < 1 || bootstrapOrders > 10) {
            throw new IllegalArgumentException("Bootstrap orders: 1 to 10, not " + bootstrapOrders + ".");
        }
    }

    public static PromptSettings defaults() {
        return new PromptSettings(DemoSource.OWN_HISTORY, 1, false, 1);
    }
}
