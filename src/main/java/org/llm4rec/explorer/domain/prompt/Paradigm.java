package org.llm4rec.explorer.domain.prompt;

/**
 * Where a strategy sits in the taxonomy of Wu et al. (2023), "A Survey on Large Language Models for
 * Recommendation": discriminative models score items from representations, generative ones write the answer;
 * generative use without tuning is prompting, in-context learning or chain-of-thought.
 */
public enum Paradigm {
    DISCRIMINATIVE("Discriminative", false,
            "The language model is an encoder: users and items become vectors and a score ranks the items, as in"
                    + " BERT-based recommenders or ranking by embedding similarity. No text is generated, so"
                    + " there is nothing to parse or to hallucinate, but also no explanation in words. Here: ranking"
                    + " by cosine similarity between embeddings from an Ollama embedding model, each pick"
                    + " explained by the history item nearest to it."),
    PROMPTING("Generative · non-tuning · prompting", true,
            "A frozen model is given an instruction and the user's history and writes the recommendations:"
                    + " zero-shot direct recommendation, LLMRank's candidate ranking, or NIR's chain of prompts."
                    + " What changes the answer is only the wording, the order and the content of the prompt."),
    IN_CONTEXT_LEARNING("Generative · non-tuning · in-context learning", true,
            "The prompt adds demonstrations, worked examples of history → next item, so the model can imitate"
                    + " the task without any training. Where the examples come from (the user's own past, similar"
                    + " users, random users) and how many are given are the levers to explore."),
    CHAIN_OF_THOUGHT("Generative · non-tuning · chain-of-thought", true,
            "The model is asked to reason step by step before answering, in writing or with a thinking model's"
                    + " native trace. The reasoning can make the choice inspectable, and sometimes better."),
    TUNING("Generative · tuning (out of scope)", true,
            "The model's weights are changed for recommendation: fine-tuning (P5, InstructRec), parameter-"
                    + " efficient tuning such as LoRA (TALLRec), or instruction tuning. This app only prompts"
                    + " models as they are; TALLRec's Yes/No format is offered to try its prompt untuned.");

    private final String label;
    private final boolean generative;
    private final String paragraph;

    Paradigm(String label, boolean generative, String paragraph) {
        this.label = label;
        this.generative = generative;
        this.paragraph = paragraph;
    }

    /** A paragraph for teaching what the paradigm is. */
    public String paragraph() {
        return paragraph;
    }

    public String label() {
        return label;
    }

    public boolean generative() {
        return generative;
    }
}
