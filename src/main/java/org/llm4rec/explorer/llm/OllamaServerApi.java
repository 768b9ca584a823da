package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.llm4rec.explorer.net.LazyHttpClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.ServerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether Ollama is up, and its version: {@code GET /api/version}. Plain JDK HTTP and Jackson because LangChain4j
 * has no version call.
 */
final class OllamaServerApi {
    private static final Logger log = LoggerFactory.getLogger(OllamaServerApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A status check runs in the background of the UI and must come back quickly even from a wedged server. */
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);

    private final String url;
    private final HttpClient http;
    private final FailureTranslator failures;

    OllamaServerApi(OllamaSettings settings) {
        this.url = settings.baseUrl();
        this.http = LazyHttpClient.of(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()));
        this.failures = FailureTranslator.forCall(UserText.OLLAMA, url, settings.connectTimeout(), STATUS_TIMEOUT);
    }

    ServerStatus status() {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/version")).timeout(STATUS_TIMEOUT)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException e) {
            return unreachable(UserText.invalidAddress(url));
        } catch (IOException | InterruptedException e) {
            log.debug("Status check of {} failed", url, e);
            LlmException failure = failures.translate(e, "", false);
            // Refused is what a user who has not started Ollama yet sees: tell them the first steps too.
            boolean refused = failure.failure() == LlmFailure.NOT_REACHABLE
                    && failure.getMessage().equals(UserText.OLLAMA.notReachable(url));
            return unreachable(refused ? UserText.notReachableFirstSteps(url) : failure.getMessage());
        }
        if (response.statusCode() != 200) {
            return unreachable(UserText.OLLAMA.unexpectedAnswer(url,
                    "answered /api/version with HTTP " + response.statusCode()));
        }
        try {
            JsonNode version = JSON.readTree(response.body()).path("version");
            return version.isTextual() ? new ServerStatus(url, true, version.asText(), null)
                    : unreachable(UserText.OLLAMA.unexpectedAnswer(url, "answered /api/version without a version"));
        } catch (JsonProcessingException e) {
            return unreachable(UserText.OLLAMA.unexpectedAnswer(url,
                    "answered /api/version with something that is not JSON"));
        }
    }

    private ServerStatus unreachable(String message) {
        return new ServerStatus(url, false, null, message);
    }
}
