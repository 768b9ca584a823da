package org.llm4rec.explorer.domain.judge;

/**
 * Who produced a judgement. Exports write it next to every rating and vote so that human labels are never mistaken
 * for model output; only people judge today.
 */
public enum LabelOrigin {
    HUMAN
}
