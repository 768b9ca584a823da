package org.llm4rec.explorer.domain.candidates;

/** How a candidate set is drawn. Only {@link #RANDOM_WITH_TARGET} places the held-out target on purpose. */
public enum CandidateProtocol {
    POPULARITY("Popularity", "the most popular items the user has not seen"),
    RANDOM("Random", "items drawn at random from the catalogue, without a guaranteed target"),
    RANDOM_WITH_TARGET("Random + target (LLMRank)",
            "the held-out target plus random items, as in LLMRank; much easier than open generation"),
    ITEM_KNN("Item co-occurrence kNN", "items most often found together with the user's items in other histories"),
    USER_FILTERING("User filtering (NIR)", "items liked by the users most similar to this one, as in NIR");

    private final String label;
    private final String description;

    CandidateProtocol(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Co-occurrence and user filtering need other users' histories, which not every dataset has. */
    public boolean needsInteractions() {
        return this == ITEM_KNN || this == USER_FILTERING;
    }
}
