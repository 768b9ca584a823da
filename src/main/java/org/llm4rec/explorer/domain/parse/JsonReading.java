package org.llm4rec.explorer.domain.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads JSON the way models write it: forgiving trailing commas, single quotes, unquoted names and comments,
 * which small models produce often enough that refusing them would throw good answers away.
 */
final class JsonReading {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** A JSON value found in text and the offset just after it. */
    record Value(JsonNode node, int end) {
    }

    private JsonReading() {
    }

    /** The text as one JSON value with nothing after it, or empty. */
    static Optional<JsonNode> whole(String text) {
        try {
            return Optional.ofNullable(MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The JSON value that starts at {@code start}, ignoring whatever follows it, or empty. */
    static Optional<Value> at(String text, int start) {
        try (JsonParser parser = MAPPER.createParser(text.substring(start))) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                return Optional.empty();
            }
            return Optional.of(new Value(node, start + (int) parser.currentLocation().getCharOffset()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
