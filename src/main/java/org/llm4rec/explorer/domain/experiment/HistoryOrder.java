package org.llm4rec.explorer.domain.experiment;

/**
 * What the prompt's history shows, for LLMRank's test of whether a model perceives order (its Fig. 1a): the
 * user's last K items as they happened, the same items shuffled, or K random items the user never touched.
 */
public enum HistoryOrder {
    /** The last K items, oldest first, as they happened. */
    REAL("Real order"),
    /** The same K items in a random order (seeded per user). */
    SHUFFLED("Shuffled"),
    /** K random catalogue items the user never interacted with, none of them a candidate. */
    FAKE("Fake history");

    private final String label;

    HistoryOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
