package org.llm4rec.explorer.domain.experiment;

/** What a model is asked to rank or recommend from. */
public enum CandidateMode {
    /** LLMRank's protocol: the held-out target(s) and random items the user has not seen, shuffled. */
    TARGET_PLUS_RANDOM("M with the target included (LLMRank)"),
    /** No candidates: the model names items from the whole catalogue, grounded afterwards. */
    OPEN_CATALOGUE("Open generation over the whole catalogue"),
    /**
     * NIR's candidates: the items most held by the users most similar to this one, as the window draws them; the
     * target is not planted, so it is among them only when similar users hold it.
     */
    USER_FILTERING("User filtering (NIR), the target not planted");

    private final String label;

    CandidateMode(String label) {
        this.label = label;
    }

    /** The label shown wherever the protocol is: numbers from different modes are not comparable. */
    public String label() {
        return label;
    }

    /** True when the model ranks a frozen candidate set rather than naming items freely. */
    public boolean hasCandidates() {
        return this != OPEN_CATALOGUE;
    }
}
