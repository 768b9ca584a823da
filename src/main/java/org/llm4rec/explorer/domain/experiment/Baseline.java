package org.llm4rec.explorer.domain.experiment;

/** Non-LLM recommenders run under the same protocol, so that every LLM number has a yardstick. */
public enum Baseline {
    POPULARITY("Popularity", "the items most interacted with in the training histories"),
    ITEM_KNN("Item-kNN (co-occurrence)",
            "items most often found together with the user's history items in other users' training histories"),
    RANDOM("Random", "a seeded random order");

    private final String label;
    private final String description;

    Baseline(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
