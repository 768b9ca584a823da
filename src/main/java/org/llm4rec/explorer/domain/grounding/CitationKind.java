package org.llm4rec.explorer.domain.grounding;

/** What an explanation says the user has: an item, a creator's work, or a genre. */
public enum CitationKind {
    ITEM("item"),
    CREATOR("creator"),
    GENRE("genre");

    private final String label;

    CitationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
