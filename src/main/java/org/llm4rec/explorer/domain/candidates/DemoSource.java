package org.llm4rec.explorer.domain.candidates;

/** Where few-shot demonstrations come from. */
public enum DemoSource {
    OWN_HISTORY("The user's own history (LLMRank)", "my own history"),
    SIMILAR_USERS("The most similar users (Jaccard)", "a reader whose history is similar to mine"),
    RANDOM_USERS("Random users", "another reader");

    private final String label;
    private final String inPrompt;

    DemoSource(String label, String inPrompt) {
        this.label = label;
        this.inPrompt = inPrompt;
    }

    public String label() {
        return label;
    }

    /** How a demonstration names its source inside the prompt. */
    public String inPrompt() {
        return inPrompt;
    }
}
