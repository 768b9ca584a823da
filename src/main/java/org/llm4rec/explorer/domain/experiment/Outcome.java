package org.llm4rec.explorer.domain.experiment;

/** How one user's run of one configuration ended. */
public enum Outcome {
    /** A list was read (possibly empty or with invalid items). */
    COMPLETED,
    /** The answer could not be read as a list: scored as a miss and counted in the parse-failure rate. */
    PARSE_FAILED,
    /** The model server failed: not scored (no answer is not a miss), counted, and run again on resume. */
    FAILED
}
