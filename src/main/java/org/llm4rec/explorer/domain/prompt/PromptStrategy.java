package org.llm4rec.explorer.domain.prompt;

/** A way of asking a model for recommendations. */
public interface PromptStrategy {

    /** Stable id, recorded on runs. */
    String id();

    /** Display name. */
    String name();

    /** A short note on what it does and which paper it follows. */
    String about();

    /** The built-in template. */
    PromptTemplate defaultTemplate();

    /** Builds the prompt for the input with the given template (the default or a user's edited version). */
    StrategyPrompt build(StrategyInput input, PromptTemplate template);
}
