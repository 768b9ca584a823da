package org.llm4rec.explorer.domain.llm;

/** The kinds of failure a user needs to tell apart, because each has its own remedy. */
public enum LlmFailure {
    /** Nothing answered at the URL. */
    NOT_REACHABLE,
    /** The server does not have the model. */
    MODEL_NOT_FOUND,
    /** The server refused the request as malformed or unsupported. */
    BAD_REQUEST,
    /** The server is overloaded; trying later may work. */
    BUSY,
    /** The server failed while answering. */
    SERVER_ERROR,
    /** No answer, or no progress, within the time allowed. */
    TIMEOUT,
    /** The answer stopped before the server said it was done. */
    INCOMPLETE,
    /** The user cancelled. */
    CANCELLED
}
