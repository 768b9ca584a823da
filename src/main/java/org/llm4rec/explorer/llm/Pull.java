package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.PullListener;
import org.llm4rec.explorer.domain.llm.PullProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One {@code /api/pull}: its NDJSON progress lines go to the listener, and the caller waits until "success", an
 * error, a silence longer than the idle timeout, or a cancel. Lines are taken through a subscriber because
 * cancelling its subscription is what closes the connection, which makes Ollama stop downloading.
 */
final class Pull implements Flow.Subscriber<String> {
    private static final Logger log = LoggerFactory.getLogger(Pull.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final OllamaSettings settings;
    private final String model;
    private final PullListener listener;
    private final FailureTranslator failures;
    private final CompletableFuture<Void> outcome = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long lastLineNanos;

    Pull(HttpClient http, OllamaSettings settings, String model, PullListener listener) {
        this.http = http;
        this.settings = settings;
        this.model = model;
        this.listener = listener;
        this.failures = FailureTranslator.forAnswer(UserText.OLLAMA, settings.baseUrl(), model, settings);
    }

    void run(Cancellation cancellation) throws LlmException {
        String url = settings.baseUrl();
        String body = JSON.createObjectNode().put("model", model).put("stream", true).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/pull"))
                .timeout(settings.firstTokenTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        lastLineNanos = System.nanoTime();
        cancellation.onCancel(() -> fail(cancelled()));
        CompletableFuture<HttpResponse<Void>> response;
        try {
            response = http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(this));
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmFailure.BAD_REQUEST, UserText.invalidAddress(url), "", e);
        }
        response.whenComplete((r, error) -> {
            if (error != null) {
                fail(failures.translate(error, "", false));
            } else if (r.statusCode() != 200) {
                // The line subscriber has already handed over the error body; settle with the status otherwise.
                fail(new LlmException(LlmFailure.SERVER_ERROR, UserText.OLLAMA.httpStatus(url, r.statusCode(), ""), "",
                        null));
            }
        });
        await();
    }

    private void await() throws LlmException {
        Waiting.until(outcome, () -> lastLineNanos + settings.idleTimeout().toNanos() - System.nanoTime(),
                () -> fail(new LlmException(LlmFailure.TIMEOUT, "No progress for "
                        + UserText.seconds(settings.idleTimeout()) + " while pulling '" + model + "' from "
                        + settings.baseUrl() + "; the pull was stopped.", "", null)),
                () -> fail(cancelled()));
    }

    private LlmException cancelled() {
        return new LlmException(LlmFailure.CANCELLED, "Pulling '" + model + "' was cancelled.", "", null);
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (outcome.isDone()) {
            newSubscription.cancel();
        } else {
            newSubscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(String line) {
        lastLineNanos = System.nanoTime();
        if (line.isBlank() || outcome.isDone()) {
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            fail(new LlmException(LlmFailure.SERVER_ERROR, UserText.OLLAMA.unexpectedAnswer(settings.baseUrl(),
                    "sent pull progress that is not JSON"), "", e));
            return;
        }
        if (node.hasNonNull("error")) {
            fail(error(EchoedText.safe(node.get("error").asText())));
            return;
        }
        String status = node.path("status").asText("");
        try {
            listener.onProgress(new PullProgress(status, node.hasNonNull("digest") ? node.get("digest").asText() : null,
                    node.path("total").asLong(0), node.path("completed").asLong(0)));
        } catch (RuntimeException e) {
            log.warn("A pull listener failed; the pull goes on", e);
        }
        if ("success".equals(status)) {
            outcome.complete(null);
        }
    }

    @Override
    public void onError(Throwable error) {
        fail(failures.translate(error, "", true));
    }

    @Override
    public void onComplete() {
        fail(new LlmException(LlmFailure.INCOMPLETE, "Pulling '" + model + "' from " + settings.baseUrl()
                + " ended before Ollama said it had succeeded. Try again.", "", null));
    }

    /** Ollama says "file does not exist" (or "not found") when the registry has no such model or tag. */
    private LlmException error(String serverText) {
        boolean unknown = serverText.contains("file does not exist") || serverText.contains("not found");
        if (unknown) {
            return new LlmException(LlmFailure.MODEL_NOT_FOUND, "Ollama could not find '" + model
                    + "' in its library (" + serverText + "). Check the name and tag, e.g. llama3.2:3b; "
                    + "the models are listed at https://ollama.com/library.", "", null);
        }
        return new LlmException(LlmFailure.SERVER_ERROR, "Pulling '" + model + "' failed: " + serverText, "", null);
    }

    private void fail(LlmException failure) {
        if (outcome.completeExceptionally(failure)) {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
        }
    }
}
