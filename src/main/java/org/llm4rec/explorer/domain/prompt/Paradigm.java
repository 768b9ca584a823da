package org.llm4rec.explorer.domain.prompt;

/**
 * Where a strategy sits in the taxonomy of Wu et al. (2023), "A Survey on Large Language Models for
 * Recommendation": discriminative models score items from representations, generative ones write the answer;
 * generative use without tuning is prompting, in-context learning or chain-of-thought.
 */
public enum Paradigm {
    DISCRIMINATIVE("Discriminative", false),
    PROMPTING("Generative · non-tuning · prompting", true),
    IN_CONTEXT_LEARNING("Generative · non-tuning · in-context learning", true),
    CHAIN_OF_THOUGHT("Generative · non-tuning · chain-of-thought", true),
    TUNING("Generative · tuning (out of scope)", true);

    private final String label;
    private final boolean generative;

    Paradigm(String label, boolean generative) {
        this.label = label;
        this.generative = generative;
    }

    public String label() {
        return label;
    }

    public boolean generative() {
        return generative;
    }
}
