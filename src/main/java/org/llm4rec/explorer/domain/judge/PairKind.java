package org.llm4rec.explorer.domain.judge;

/** What a blind A/B pair puts side by side. */
public enum PairKind {
    /** Two explanations of the same item for the same profile, from two runs. */
    EXPLANATION,
    /** Two whole recommendation lists for the same profile. */
    LIST
}
