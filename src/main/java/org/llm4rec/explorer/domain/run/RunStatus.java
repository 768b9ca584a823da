package org.llm4rec.explorer.domain.run;

/** Where a run ended. */
public enum RunStatus {
    /** The model answered and the answer was read. */
    COMPLETED,
    /** The model answered but nothing usable could be read; the raw text is kept. */
    PARSE_FAILED,
    /** The request failed; any partial text is kept. */
    FAILED,
    /** The user cancelled; any partial text is kept. */
    CANCELLED
}
