package org.llm4rec.explorer.app.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.LlmRequest;

/**
 * The cache key of a request: a SHA-256 over the exact weights (digest), the full request (prompt, every option
 * that shapes the answer including the seed, the answer format) and the repetition index. Keep-alive is left
 * out: how long the server keeps the model loaded changes nothing in the answer. Fields are length-prefixed so that no two
 * different requests can run together into the same text.
 */
final class CacheKey {
    private CacheKey() {
    }

    static String of(LlmRequest request) {
        GenerationOptions o = request.options();
        List<Object> fields = List.of(request.model(), request.modelDigest(), request.repeatIndex(),
                String.valueOf(request.jsonSchema()), o == null ? "null" : describe(o), request.prompt());
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            String value = String.valueOf(field);
            text.append(value.length()).append(':').append(value).append(';');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Spelled out rather than the record's toString, so that a new option changes keys only when it is set. */
    private static String describe(GenerationOptions o) {
        return "temperature=" + o.temperature() + ",top_p=" + o.topP() + ",top_k=" + o.topK() + ",seed=" + o.seed()
                + ",num_ctx=" + o.numCtx() + ",num_predict=" + o.numPredict() + ",repeat_penalty="
                + o.repeatPenalty() + ",stop=" + o.stop() + ",think=" + o.think();
    }
}
