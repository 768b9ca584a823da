package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.llm4rec.explorer.app.LazyHttpClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The small, non-streaming part of Ollama's API that the app needs: the version and the installed models. Plain
 * JDK HTTP and Jackson: LangChain4j has no version call, and its model list keeps nothing more than this reads.
 */
final class OllamaServerApi {
    private static final Logger log = LoggerFactory.getLogger(OllamaServerApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A status check runs in the background of the UI and must come back quickly even from a wedged server. */
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MODELS_TIMEOUT = Duration.ofSeconds(30);

    private final String url;
    private final HttpClient http;

    OllamaServerApi(OllamaSettings settings) {
        this.url = settings.baseUrl();
        this.http = LazyHttpClient.of(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()));
    }

    ServerStatus status() {
        try {
            HttpResponse<String> response = get("/api/version", STATUS_TIMEOUT);
            if (response.statusCode() != 200) {
                return unreachable(UserText.notOllama(url, "answered /api/version with HTTP " + response.statusCode()));
            }
            JsonNode version = JSON.readTree(response.body()).path("version");
            if (!version.isTextual()) {
                return unreachable(UserText.notOllama(url, "answered /api/version without a version"));
            }
            return new ServerStatus(url, true, version.asText(), null);
        } catch (JsonProcessingException e) {
            return unreachable(UserText.notOllama(url, "answered /api/version with something that is not JSON"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable(UserText.noAnswer(url, STATUS_TIMEOUT));
        } catch (IOException | IllegalArgumentException e) {
            log.debug("Status check of {} failed", url, e);
            return unreachable(connectionProblem(e, STATUS_TIMEOUT, UserText.notReachableFirstSteps(url)));
        }
    }

    List<ModelInfo> models() throws LlmException {
        HttpResponse<String> response;
        try {
            response = get("/api/tags", MODELS_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmFailure.CANCELLED, "Listing the models was interrupted.", "", e);
        } catch (IOException | IllegalArgumentException e) {
            boolean timedOut = e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException);
            throw new LlmException(timedOut ? LlmFailure.TIMEOUT : LlmFailure.NOT_REACHABLE,
                    connectionProblem(e, MODELS_TIMEOUT, UserText.notReachable(url)), "", e);
        }
        if (response.statusCode() != 200) {
            LlmFailure failure = response.statusCode() == 503 ? LlmFailure.BUSY : LlmFailure.SERVER_ERROR;
            throw new LlmException(failure, UserText.httpStatus(url, response.statusCode(),
                    ServerText.of(response.body())), "", null);
        }
        try {
            return parseModels(JSON.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new LlmException(LlmFailure.SERVER_ERROR,
                    UserText.notOllama(url, "answered /api/tags with something that is not JSON"), "", e);
        }
    }

    private List<ModelInfo> parseModels(JsonNode root) throws LlmException {
        JsonNode models = root.path("models");
        if (!models.isArray()) {
            throw new LlmException(LlmFailure.SERVER_ERROR,
                    UserText.notOllama(url, "answered /api/tags without a model list"), "", null);
        }
        List<ModelInfo> result = new ArrayList<>();
        for (JsonNode model : models) {
            JsonNode details = model.path("details");
            String name = model.path("name").asText(model.path("model").asText(""));
            result.add(new ModelInfo(name, model.path("digest").asText(""), details.path("family").asText(""),
                    details.path("parameter_size").asText(""), details.path("quantization_level").asText(""),
                    model.path("size").asLong(0)));
        }
        return result;
    }

    private HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(timeout).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The JDK reports an unknown host as a ConnectException caused by UnresolvedAddressException: check it first. */
    private String connectionProblem(Exception e, Duration waited, String refused) {
        if (e instanceof IllegalArgumentException) {
            return UserText.invalidAddress(url);
        }
        if (Causes.has(e, UnresolvedAddressException.class) || Causes.has(e, java.net.UnknownHostException.class)) {
            return UserText.unknownHost(url);
        }
        if (Causes.has(e, HttpConnectTimeoutException.class)) {
            return UserText.connectTimeout(url, waited);
        }
        if (Causes.has(e, ConnectException.class)) {
            return refused;
        }
        if (Causes.has(e, HttpTimeoutException.class)) {
            return UserText.noAnswer(url, waited);
        }
        return "Could not talk to Ollama at " + url + ": " + e.getMessage();
    }

    private ServerStatus unreachable(String message) {
        return new ServerStatus(url, false, null, message);
    }
}
