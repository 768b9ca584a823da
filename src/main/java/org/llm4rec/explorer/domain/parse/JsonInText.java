package org.llm4rec.explorer.domain.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The first JSON object in a model's answer that looks like what was asked for, wherever it stands: alone, in a
 * code fence, after a preamble, before a closing remark. Read as forgivingly as recommendation answers are.
 */
public final class JsonInText {
    private static final int MAX_ATTEMPTS = 200;

    private JsonInText() {
    }

    public static Optional<JsonNode> firstObject(String text, Predicate<JsonNode> wanted) {
        if (text == null) {
            return Optional.empty();
        }
        int attempts = 0;
        for (int start = text.indexOf('{'); start >= 0 && attempts < MAX_ATTEMPTS;
                start = text.indexOf('{', start + 1)) {
            attempts++;
            Optional<JsonNode> node = JsonReading.at(text, start).map(JsonReading.Value::node)
                    .filter(JsonNode::isObject).filter(wanted);
            if (node.isPresent()) {
                return node;
            }
        }
        return Optional.empty();
    }
}
