package org.llm4rec.explorer.domain.parse;

/** How an answer was read. */
public enum ParseStatus {
    /** The answer was the JSON asked for. */
    JSON,
    /** JSON was found inside other text (prose, a code fence). */
    JSON_IN_TEXT,
    /** No usable JSON; a numbered or bulleted list was read instead. */
    LIST,
    /** Nothing usable could be read. */
    FAILED
}
