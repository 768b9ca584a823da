package org.llm4rec.explorer.domain.judge;

/** A pairwise judge's verdict on two explanations, by the position they were shown in. */
public enum PairVerdict {
    /** The explanation shown first, as A. */
    FIRST,
    /** The explanation shown second, as B. */
    SECOND,
    TIE
}
