package org.llm4rec.explorer.domain.llm;

/**
 * A failed generation, with a message written for the user and whatever text had already arrived.
 */
public class LlmException extends Exception {
    private final LlmFailure failure;
    private final String partialText;

    public LlmException(LlmFailure failure, String userMessage, String partialText, Throwable cause) {
        super(userMessage, cause);
        this.failure = failure;
        this.partialText = partialText == null ? "" : partialText;
    }

    public LlmFailure failure() {
        return failure;
    }

    /** Text streamed before the failure; kept so that nothing the user saw is lost. */
    public String partialText() {
        return partialText;
    }
}
