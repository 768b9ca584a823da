package org.llm4rec.explorer.domain.experiment;

/** Why the protocol could not score a sampled user. */
public enum ExclusionReason {
    TOO_FEW_INTERACTIONS("fewer interactions than the held-out items plus one"),
    TARGET_NOT_IN_CATALOGUE("a held-out item is not in the catalogue"),
    TOO_FEW_CANDIDATES("the catalogue has too few unseen items to fill the candidate set"),
    NO_SIMILAR_USERS("no other user shares an item with the history, so user filtering found no candidates"),
    TARGET_NOT_IN_CANDIDATES("the user-filtering candidates hold no held-out item (scored only when they do, as NIR"
            + " did)");

    private final String label;

    ExclusionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
