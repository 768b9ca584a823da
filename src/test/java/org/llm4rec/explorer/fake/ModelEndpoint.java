package org.llm4rec.explorer.fake;

import static org.llm4rec.explorer.fake.Exchanges.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

/** What the endpoints that run a model share: reading the request the way Ollama does, and the fake's pauses. */
abstract class ModelEndpoint {
    private final Function<String, ModelScript> scripts;
    /** How long a model with the slow-first-byte fault keeps the client waiting. */
    final Duration stall;

    ModelEndpoint(Function<String, ModelScript> scripts, Duration stall) {
        this.scripts = scripts;
        this.stall = stall;
    }

    /**
     * Reads the request and answers it; Ollama's error is sent instead for a missing or unreadable body, a missing
     * model name, or a model that is not installed (or scripted to be reported so).
     */
    final void handle(HttpExchange exchange, RecordedRequest recorded) throws IOException {
        if (recorded.body().isBlank()) {
            Exchanges.sendError(exchange, 400, "missing request body");
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(recorded.body());
        } catch (IOException e) {
            Exchanges.sendError(exchange, 400, "invalid character in request body");
            return;
        }
        String model = request.path("model").asText("");
        if (model.isEmpty()) {
            Exchanges.sendError(exchange, 400, "model is required");
            return;
        }
        ModelScript script = scripts.apply(model);
        if (script == null || script.fault() == FakeOllama.Fault.NOT_FOUND_404) {
            Exchanges.sendError(exchange, 404, "model '" + model + "' not found");
            return;
        }
        answer(exchange, recorded, request, model, script);
    }

    /** Answers a readable request for an installed model, named as the client wrote it. */
    abstract void answer(HttpExchange exchange, RecordedRequest recorded, JsonNode request, String model,
                         ModelScript script) throws IOException;

    /** Sleeps; when the fake is closed the sleep is interrupted and the connection is dropped. */
    static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fake Ollama is shutting down", e);
        }
    }
}
