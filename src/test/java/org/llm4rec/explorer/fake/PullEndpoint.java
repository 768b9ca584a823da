package org.llm4rec.explorer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.llm4rec.explorer.fake.Exchanges.JSON;

/**
 * {@code POST /api/pull}: Ollama's progress stream for a model the fake's library has (manifest, each layer in
 * steps, verify, write, success; the model is installed at the end), and for an unknown name the manifest line
 * followed by the error line a real registry miss gives.
 */
final class PullEndpoint {
    /** Progress lines per layer. */
    static final int STEPS = 4;
    static final String UNKNOWN_ERROR = "pull model manifest: file does not exist";

    private final Map<String, List<Long>> library;
    private final Consumer<String> install;
    private final Duration stepDelay;

    PullEndpoint(Map<String, List<Long>> library, Consumer<String> install, Duration stepDelay) {
        this.library = library;
        this.install = install;
        this.stepDelay = stepDelay;
    }

    void handle(HttpExchange exchange, RecordedRequest recorded) throws IOException {
        JsonNode request = recorded.body().isBlank() ? JSON.createObjectNode() : recorded.json();
        String name = request.path("model").asText(request.path("name").asText(""));
        if (name.isEmpty()) {
            Exchanges.sendError(exchange, 400, "model is required");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", Exchanges.NDJSON_TYPE);
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            line(out, status("pulling manifest"));
            List<Long> layers = library.get(name);
            if (layers == null) {
                line(out, JSON.createObjectNode().put("error", UNKNOWN_ERROR));
                out.close();
                return;
            }
            for (int layer = 0; layer < layers.size(); layer++) {
                long total = layers.get(layer);
                String digest = "sha256:" + ModelScript.installed(name + "#layer" + layer).digest();
                for (int step = 0; step <= STEPS; step++) {
                    ObjectNode progress = status("pulling " + digest.substring(7, 19)).put("digest", digest)
                            .put("total", total);
                    if (step > 0) {
                        progress.put("completed", total * step / STEPS);
                    }
                    line(out, progress);
                    pause();
                }
            }
            line(out, status("verifying sha256 digest"));
            line(out, status("writing manifest"));
            install.accept(name);
            line(out, status("removing unused layers"));
            line(out, status("success"));
            out.close();
        } catch (IOException clientClosed) {
            recorded.markClientDisconnected();
            exchange.close();
        }
    }

    private static ObjectNode status(String text) {
        return JSON.createObjectNode().put("status", text);
    }

    private static void line(OutputStream out, ObjectNode line) throws IOException {
        out.write((Exchanges.compact(line) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void pause() {
        try {
            Thread.sleep(stepDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fake Ollama is shutting down", e);
        }
    }
}
