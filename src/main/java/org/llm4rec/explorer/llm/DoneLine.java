package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What Ollama's final {@code done:true} line says about the generation; LangChain4j keeps only the token counts.
 * Fields Ollama left out (it omits zero values) are null.
 */
record DoneLine(String doneReason, Long loadMs, Long evalMs, Integer promptTokens, Integer outputTokens) {

    /** Stands in when no final line was seen, so that every field falls back to what LangChain4j has. */
    static final DoneLine NONE = new DoneLine(null, null, null, null, null);

    static DoneLine of(JsonNode line) {
        return new DoneLine(
                line.hasNonNull("done_reason") ? line.get("done_reason").asText() : null,
                millis(line.get("load_duration")),
                millis(line.get("eval_duration")),
                count(line.get("prompt_eval_count")),
                count(line.get("eval_count")));
    }

    /** Ollama sends durations in nanoseconds. */
    private static Long millis(JsonNode nanos) {
        return nanos != null && nanos.isNumber() ? Math.round(nanos.asLong() / 1_000_000.0) : null;
    }

    private static Integer count(JsonNode value) {
        return value != null && value.isNumber() ? value.asInt() : null;
    }
}
