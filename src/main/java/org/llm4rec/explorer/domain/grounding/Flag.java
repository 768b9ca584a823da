package org.llm4rec.explorer.domain.grounding;

/** Problems with one recommended item that the user should see. */
public enum Flag {
    NOT_IN_CATALOGUE("not in catalogue"),
    DUPLICATE("duplicate"),
    ALREADY_SEEN("already in history"),
    NOT_IN_CANDIDATES("not in candidates");

    private final String label;

    Flag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
