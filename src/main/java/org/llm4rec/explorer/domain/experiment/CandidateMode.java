package org.llm4rec.explorer.domain.experiment;

/** What a model is asked to rank or recommend from. */
public enum CandidateMode {
    /** LLMRank's protocol: the held-out target(s) and random items the user has not seen, shuffled. */
    TARGET_PLUS_RANDOM("M with the target included (LLMRank)"),
    /** No candidates: the model names items from the whole catalogue, grounded afterwards. */
    OPEN_CATALOGUE("Open generation over the whole catalogue");

    private final String label;

    CandidateMode(String label) {
        this.label = label;
    }

    /** The label shown wherever the protocol is: numbers from the two modes are not comparable. */
    public String label() {
        return label;
    }
}
