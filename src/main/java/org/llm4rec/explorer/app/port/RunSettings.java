package org.llm4rec.explorer.app.port;

import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.DemoSource;

/**
 * How a strategy is run beyond its template: the candidates it ranks, its demonstrations, native thinking and
 * bootstrapping. Strategies ignore what they do not use.
 *
 * @param candidates       how to draw candidates for strategies that rank them
 * @param demoSource       where few-shot demonstrations come from
 * @param demoCount        how many demonstrations (k)
 * @param nativeThinking   ask the model to think natively (Ollama {@code think}) instead of reasoning in its answer
 * @param bootstrapOrders  how many shuffled candidate orders to rank and aggregate (B); 1 ranks once
 * @param letterIndex      label candidates (A), (B), … and read the answer as letters, as LlamaRec does
 */
public record RunSettings(CandidateSpec candidates, DemoSource demoSource, int demoCount, boolean nativeThinking,
                          int bootstrapOrders, boolean letterIndex) {
    public static final int MAX_DEMOS = 10;
    public static final int MAX_ORDERS = 10;

    public RunSettings {
        candidates = candidates == null ? CandidateSpec.defaults() : candidates;
        demoSource = demoSource == null ? DemoSource.OWN_HISTORY : demoSource;
        if (demoCount < 0 || demoCount > MAX_DEMOS) {
            throw new IllegalArgumentException("Demonstrations: 0 to " + MAX_DEMOS + ", not " + demoCount + ".");
        }
        if (bootstrapOrders < 1 || bootstrapOrders > MAX_ORDERS) {
            throw new IllegalArgumentException("Bootstrap orders: 1 to " + MAX_ORDERS + ", not " + bootstrapOrders
                    + ".");
        }
    }

    /** Candidates numbered, answers read as titles. */
    public RunSettings(CandidateSpec candidates, DemoSource demoSource, int demoCount, boolean nativeThinking,
                       int bootstrapOrders) {
        this(candidates, demoSource, demoCount, nativeThinking, bootstrapOrders, false);
    }

    public static RunSettings defaults() {
        return new RunSettings(CandidateSpec.defaults(), DemoSource.OWN_HISTORY, 1, false, 1);
    }
}
