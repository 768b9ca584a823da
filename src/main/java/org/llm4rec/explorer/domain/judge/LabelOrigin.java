package org.llm4rec.explorer.domain.judge;

/**
 * Who produced a judgement. Exports write it next to every rating and vote so that human labels are never mistaken
 * for model output, and model scores are never counted as people's.
 */
public enum LabelOrigin {
    HUMAN,
    /** A model acting as judge; its scores are never mixed with people's. */
    MODEL
}
