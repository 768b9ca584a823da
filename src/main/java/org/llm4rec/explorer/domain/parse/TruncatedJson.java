package org.llm4rec.explorer.domain.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Recovers the complete list entries of JSON that stops before its end, as an answer does when it reaches the
 * output token limit: the text is cut after the last object that closed inside an array, and the brackets still
 * open at that point are closed.
 */
final class TruncatedJson {

    private TruncatedJson() {
    }

    /** The repaired value starting at {@code start}, or empty when the JSON there is complete or unrepairable. */
    static Optional<JsonNode> recover(String text, int start) {
        Deque<Character> open = new ArrayDeque<>();
        int cut = -1;
        String closersAtCut = "";
        boolean inString = false;
        boolean escaped = false;
        char quote = '"';
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '{' || c == '[') {
                open.push(c);
            } else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.pop() != (c == '}' ? '{' : '[')) {
                    return Optional.empty();
                }
                if (open.isEmpty()) {
                    return Optional.empty();
                }
                if (c == '}' && open.peek() == '[') {
                    cut = i + 1;
                    closersAtCut = closers(open);
                }
            }
        }
        if (cut < 0) {
            return Optional.empty();
        }
        return JsonReading.whole(text.substring(start, cut) + closersAtCut);
    }

    private static String closers(Deque<Character> open) {
        StringBuilder out = new StringBuilder();
        for (char c : open) {
            out.append(c == '{' ? '}' : ']');
        }
        return out.toString();
    }
}
