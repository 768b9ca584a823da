package org.llm4rec.explorer.domain.judge;

/** The rater's verdict on a blind pair; A is the side shown on the left, B the side shown on the right. */
public enum Choice {
    A, B, TIE, BOTH_BAD;

    /** A or B: the rater preferred one side. */
    public boolean decisive() {
        return this == A || this == B;
    }
}
