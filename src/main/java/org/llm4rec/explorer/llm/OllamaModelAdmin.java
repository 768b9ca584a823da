package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.llm4rec.explorer.app.LazyHttpClient;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LoadedModel;
import org.llm4rec.explorer.domain.llm.ModelAdmin;
import org.llm4rec.explorer.domain.llm.ModelDetails;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.PullListener;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Ollama's model management: {@code /api/tags}, {@code /api/show}, {@code /api/ps} and {@code /api/pull}. Plain JDK
 * HTTP: LangChain4j has no pull, and its model card drops the capabilities.
 */
public final class OllamaModelAdmin implements ModelAdmin {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final OllamaSettings settings;
    private final OllamaServerApi server;
    private final HttpClient http;

    public OllamaModelAdmin(OllamaSettings settings) {
        this.settings = settings;
        this.server = new OllamaServerApi(settings);
        this.http = LazyHttpClient.of(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()));
    }

    @Override
    public String url() {
        return settings.baseUrl();
    }

    @Override
    public List<ModelInfo> models() throws LlmException {
        return server.models();
    }

    @Override
    public ModelDetails details(String model) throws LlmException {
        String body = JSON.createObjectNode().put("model", model).toString();
        JsonNode root = call("/api/show", HttpRequest.BodyPublishers.ofString(body), model);
        List<String> capabilities = new ArrayList<>();
        root.path("capabilities").forEach(c -> capabilities.add(c.asText()));
        return new ModelDetails(model, contextLength(root), capabilities);
    }

    /** The GGUF key is "<architecture>.context_length"; newer servers also put it in details. */
    private static Integer contextLength(JsonNode show) {
        JsonNode inDetails = show.path("details").path("context_length");
        if (inDetails.isNumber()) {
            return inDetails.asInt();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = show.path("model_info").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith(".context_length") && field.getValue().isNumber()) {
                return field.getValue().asInt();
            }
        }
        return null;
    }

    @Override
    public List<LoadedModel> loaded() throws LlmException {
        JsonNode root = call("/api/ps", null, null);
        List<LoadedModel> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            JsonNode context = m.path("context_length");
            models.add(new LoadedModel(m.path("name").asText(m.path("model").asText("")), m.path("size").asLong(0),
                    m.path("size_vram").asLong(0), context.isNumber() ? context.asInt() : null,
                    m.path("expires_at").asText("")));
        }
        return models;
    }

    @Override
    public void pull(String model, PullListener listener, Cancellation cancellation) throws LlmException {
        new Pull(http, settings, model, listener).run(cancellation);
    }

    /** A small JSON call; a null body means GET. */
    private JsonNode call(String path, HttpRequest.BodyPublisher body, String model) throws LlmException {
        String url = settings.baseUrl();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(CALL_TIMEOUT);
        request = body == null ? request.GET() : request.POST(body).header("Content-Type", "application/json");
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmFailure.CANCELLED, "Asking " + url + path + " was interrupted.", "", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FailureTranslator(settings, model == null ? "" : model).translate(e, "", false);
        }
        if (response.statusCode() == 404 && model != null) {
            throw new LlmException(LlmFailure.MODEL_NOT_FOUND, UserText.modelNotFound(model, url), "", null);
        }
        if (response.statusCode() != 200) {
            throw new LlmException(LlmFailure.SERVER_ERROR,
                    UserText.httpStatus(url + path, response.statusCode(), ServerText.of(response.body())), "", null);
        }
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new LlmException(LlmFailure.SERVER_ERROR,
                    UserText.notOllama(url, "answered " + path + " with something that is not JSON"), "", e);
        }
    }
}
