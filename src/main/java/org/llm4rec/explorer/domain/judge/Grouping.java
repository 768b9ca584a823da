package org.llm4rec.explorer.domain.judge;

import java.util.function.Function;

/** What the leaderboard ranks: one entry per configuration, per strategy or per model. */
public enum Grouping {
    CONFIGURATION("Strategy · model", s -> s.strategyId() + " · " + s.model()),
    STRATEGY("Strategy", VoteSource::strategyId),
    MODEL("Model", VoteSource::model);

    private final String label;
    private final Function<VoteSource, String> key;

    Grouping(String label, Function<VoteSource, String> key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    /** The leaderboard entry a source counts for. */
    public String keyOf(VoteSource source) {
        return key.apply(source);
    }
}
