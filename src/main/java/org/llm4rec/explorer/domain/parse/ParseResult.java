package org.llm4rec.explorer.domain.parse;

import java.util.List;

/**
 * The outcome of reading an answer.
 *
 * @param status  how it was read
 * @param items   the items found, in order; empty when FAILED
 * @param message for FAILED, a sentence saying what was wrong; otherwise empty or a note (e.g. "read as a list")
 */
public record ParseResult(ParseStatus status, List<ParsedItem> items, String message) {
    public ParseResult {
        items = List.copyOf(items);
        message = message == null ? "" : message;
    }

    public static ParseResult failed(String message) {
        return new ParseResult(ParseStatus.FAILED, List.of(), message);
    }
}
