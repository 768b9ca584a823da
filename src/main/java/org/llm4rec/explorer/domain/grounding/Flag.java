package org.llm4rec.explorer.domain.grounding;

/** Problems with one recommended item that the user should see. */
public enum Flag {
    NOT_IN_CATALOGUE("not in catalogue"),
    DUPLICATE("duplicate"),
    /** In the history the prompt showed. */
    ALREADY_SEEN("already in history"),
    /** In the user's known history, but older than the prompt's cut: the model could not know. */
    SEEN_NOT_IN_PROMPT("seen, not in prompt"),
    NOT_IN_CANDIDATES("not in candidates"),
    /** The explanation names an item, creator or genre as the user's that the known history does not hold. */
    CITES_ABSENT_HISTORY("cites absent history");

    private final String label;

    Flag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for both ways an item can be one the user already has. */
    public boolean seen() {
        return this == ALREADY_SEEN || this == SEEN_NOT_IN_PROMPT;
    }
}
