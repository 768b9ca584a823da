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

    /** Its place in the survey's taxonomy. */
    default Paradigm paradigm() {
        return Paradigm.PROMPTING;
    }

    /** True when it ranks a candidate set, which must then be drawn before the prompt is built. */
    default boolean ranksCandidates() {
        return false;
    }

    /** True when its candidates can be labelled with letters and answered by letter (LlamaRec). */
    default boolean answersByLetter() {
        return false;
    }

    /** True when it shows in-context demonstrations. */
    default boolean usesDemonstrations() {
        return false;
    }

    /** Splits an answer into reasoning shown apart and the text the list is read from. */
    default AnswerText readAnswer(String answer) {
        return AnswerText.whole(answer);
    }
}
