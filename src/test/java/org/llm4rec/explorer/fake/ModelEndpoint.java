package org.llm4rec.explorer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;

import static org.llm4rec.explorer.fake.Exchanges.JSON;

/** What the endpoints that run a model share: reading the request the way Ollama does, and the fake's pauses. */
abstract class ModelEndpoint {
    private final Function<String, ModelScript> scripts;
    /** How long a model with the slow-first-byte fault keeps the client waiting. */
    final Duration stall;

    ModelEndpoint(Function<String, ModelScript> scripts, Duration stall) {
        this.scripts = scripts;
        this.stall = stall;
    }

    /** A request whose body was read, the model name as the client wrote it, and that model's script. */
    record Call(JsonNode request, String model, ModelScript script) {
    }

    /**
     * The request and the script of the model it names; null once Ollama's error is sent for a missing or unreadable
     * body, a missing model name, or a model that is not installed (or scripted to be reported so).
     */
    final Call read(HttpExchange exchange, RecordedRequest recorded) throws IOException {
        if (recorded.body().isBlank()) {
            Exchanges.sendError(exchange, 400, "missing request body");
            return null;
        }
        JsonNode request;
        try {
            request = JSON.readTree(recorded.body());
        } catch (IOException e) {
            Exchanges.sendError(exchange, 400, "invalid character in request body");
            return null;
        }
        String model = request.path("model").asText("");
        if (model.isEmpty()) {
            Exchanges.sendError(exchange, 400, "model is required");
            return null;
        }
        ModelScript script = scripts.apply(model);
        if (script == null || script.fault() == FakeOllama.Fault.NOT_FOUND_404) {
            Exchanges.sendError(exchange, 404, "model '" + model + "' not found");
            return null;
        }
        return new Call(request, model, script);
    }

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
