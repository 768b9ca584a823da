package org.llm4rec.explorer.fake;

import static org.llm4rec.explorer.fake.Exchanges.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code POST /api/embed} as Ollama answers it: one L2-normalised vector per input, in order, plus the usual
 * nanosecond metrics. Vectors are a hashed bag of words of the text, so texts sharing words (a series, an author)
 * are close and the same text always gives the same vector. A model's chunk delay is spent per input text, so
 * that large batches take visibly long; its 404/500/503 and slow-first-byte faults apply here too.
 */
final class EmbedEndpoint extends ModelEndpoint {
    /** Small enough to read in a test, big enough that unrelated titles rarely share a bucket. */
    static final int DIMENSIONS = 256;

    EmbedEndpoint(Function<String, ModelScript> scripts, Duration stall) {
        super(scripts, stall);
    }

    @Override
    void answer(HttpExchange exchange, RecordedRequest recorded, JsonNode request, String model, ModelScript script)
            throws IOException {
        List<String> inputs = inputs(request.path("input"));
        if (inputs == null) {
            Exchanges.sendError(exchange, 400, "invalid input type");
            return;
        }
        if (refused(exchange, script)) {
            return;
        }
        pause(script.chunkDelay().multipliedBy(inputs.size()));
        ObjectNode body = JSON.createObjectNode().put("model", model);
        ArrayNode embeddings = body.putArray("embeddings");
        int tokens = 0;
        for (String input : inputs) {
            ArrayNode vector = embeddings.addArray();
            for (float value : vector(input)) {
                vector.add(value);
            }
            tokens += words(input).size();
        }
        body.put("total_duration", 40_000_000L + 1_000_000L * inputs.size());
        body.put("load_duration", 30_000_000L);
        if (tokens > 0) {
            body.put("prompt_eval_count", tokens);
        }
        Exchanges.sendJson(exchange, 200, body);
    }

    /** The fake's embedding of a text: word counts hashed into {@link #DIMENSIONS} buckets, unit length. */
    static float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : words(text)) {
            v[Math.floorMod(word.hashCode(), DIMENSIONS)] += 1;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / Math.sqrt(norm));
            }
        }
        return v;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) {
                words.add(w);
            }
        }
        return words;
    }

    /** A string or an array of strings, as Ollama accepts; anything else is null. */
    private static List<String> inputs(JsonNode input) {
        if (input.isTextual()) {
            return List.of(input.asText());
        }
        if (input.isMissingNode() || input.isNull()) {
            return List.of();
        }
        if (!input.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : input) {
            if (!item.isTextual()) {
                return null;
            }
            out.add(item.asText());
        }
        return out;
    }

    private boolean refused(HttpExchange exchange, ModelScript script) throws IOException {
        if (script.fault() == null) {
            return false;
        }
        switch (script.fault()) {
            case SERVER_ERROR_500 -> Exchanges.sendError(exchange, 500, "llama runner process has terminated");
            case BUSY_503 -> Exchanges.sendError(exchange, 503,
                    "server busy, please try again.  maximum pending requests exceeded");
            case SLOW_FIRST_BYTE -> {
                pause(stall);
                return false;
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
