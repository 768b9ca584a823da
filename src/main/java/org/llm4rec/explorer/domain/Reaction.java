package org.llm4rec.explorer.domain;

/** A like or dislike, for users who would rather not give stars; shown beside the item in prompts. */
public enum Reaction {
    NONE, LIKED, DISLIKED
}
