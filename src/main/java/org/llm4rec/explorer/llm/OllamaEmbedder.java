package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.llm4rec.explorer.net.LazyHttpClient;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.Embedder;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;

/**
 * Ollama's {@code POST /api/embed} over plain JDK HTTP: one request per call with every text in {@code input}.
 * Plain HTTP rather than LangChain4j's OllamaEmbeddingModel, which retries, probes the dimension with an extra
 * request and cannot be cancelled. A cancel aborts the request in flight. It asks the main server of the current
 * settings, so a change in Settings applies to the next call.
 */
public final class OllamaEmbedder implements Embedder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ServerSettings> settings;
    private final HttpClient http;

    public OllamaEmbedder(Supplier<ServerSettings> settings) {
        this.settings = settings;
        this.http = LazyHttpClient.of(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(OllamaSettings.defaults().connectTimeout()));
    }

    @Override
    public List<float[]> embed(String model, List<String> texts, Cancellation cancellation) throws LlmException {
        ServerSettings current = settings.get();
        String url = current.main().url();
        // A cold load of the embedding model comes before the first byte, as with the first token of a chat.
        Duration timeout = current.firstTokenTimeout();
        FailureTranslator failures = new FailureTranslator(UserText.OLLAMA, url, model,
                OllamaSettings.defaults().connectTimeout(), "The embedding model '" + model + "' at " + url
                + " did not answer within " + UserText.seconds(timeout) + ". Loading it the first time can be"
                + " slow: try again, or allow more time in Settings.");
        if (cancellation.isCancelled()) {
            throw cancelled(model, texts);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url + "/api/embed")).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(model, texts))).build();
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmFailure.NOT_REACHABLE, UserText.invalidAddress(url), "", e);
        }
        CompletableFuture<HttpResponse<String>> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        cancellation.onCancel(() -> call.cancel(true));
        HttpResponse<String> response;
        try {
            response = call.get();
        } catch (CancellationException e) {
            throw cancelled(model, texts);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw cancelled(model, texts);
        } catch (ExecutionException e) {
            // The JDK reports a cancelled exchange as an I/O failure of its own.
            throw cancellation.isCancelled() ? cancelled(model, texts) : failures.translate(e.getCause(), "", false);
        }
        if (cancellation.isCancelled()) {
            throw cancelled(model, texts);
        }
        if (response.statusCode() != 200) {
            throw withHint(failures.fromStatus(response.statusCode(), ServerText.of(response.body()), "", null),
                    model);
        }
        return vectors(response.body(), model, url, texts.size());
    }

    private static String body(String model, List<String> texts) {
        ObjectNode body = JSON.createObjectNode().put("model", model);
        ArrayNode input = body.putArray("input");
        texts.forEach(input::add);
        return body.toString();
    }

    /** What to do differs for an embedding model: another one is chosen in the Strategy step. */
    private static LlmException withHint(LlmException failure, String model) {
        String hint = switch (failure.failure()) {
            case MODEL_NOT_FOUND -> " Or choose another embedding model in the Strategy step.";
            case BAD_REQUEST -> " Is '" + model + "' an embedding model (e.g. nomic-embed-text)?";
            default -> "";
        };
        return hint.isEmpty() ? failure : new LlmException(failure.failure(), failure.getMessage() + hint, "", null);
    }

    private static List<float[]> vectors(String body, String model, String url, int expected) throws LlmException {
        JsonNode embeddings;
        try {
            embeddings = JSON.readTree(body).path("embeddings");
        } catch (JsonProcessingException e) {
            throw new LlmException(LlmFailure.SERVER_ERROR, UserText.OLLAMA.unexpectedAnswer(url,
                    "answered /api/embed with something that is not JSON"), "", e);
        }
        if (!embeddings.isArray() || embeddings.size() != expected) {
            throw new LlmException(LlmFailure.SERVER_ERROR, "Ollama at " + url + " returned "
                    + (embeddings.isArray() ? embeddings.size() : "no") + " embeddings for " + expected
                    + " texts from model '" + model + "'.", "", null);
        }
        List<float[]> out = new ArrayList<>(expected);
        for (JsonNode vector : embeddings) {
            float[] values = new float[vector.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) vector.get(i).asDouble();
            }
            out.add(values);
        }
        return out;
    }

    private static LlmException cancelled(String model, List<String> texts) {
        return new LlmException(LlmFailure.CANCELLED, "Embedding " + texts.size() + " text(s) with '" + model
                + "' was cancelled.", "", null);
    }
}
