package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.TokenUsage;
import org.llm4rec.explorer.app.Lazy;
import org.llm4rec.explorer.app.LazyHttpClient;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link LlmClient} for servers that speak OpenAI's chat completions API (vLLM, llama.cpp server, LM Studio),
 * through LangChain4j's OpenAI module. The base URL includes the API path, e.g. {@code http://gpu-box:8000/v1}.
 * The same limits as for Ollama apply: time to the first token, idle time between tokens, overall deadline.
 * Options OpenAI's API lacks (top_k, repeat_penalty) are sent as the extra parameters vLLM and llama.cpp read.
 */
public final class OpenAiCompatibleClient implements LlmClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);

    private final OllamaSettings settings;
    private final String url;
    private final HttpClient http;
    private final Lazy<dev.langchain4j.http.client.HttpClient> streamingHttp;

    public OpenAiCompatibleClient(String baseUrl, OllamaSettings limits) {
        this.url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.settings = limits;
        this.http = LazyHttpClient.of(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(limits.connectTimeout()));
        this.streamingHttp = Lazy.of(() -> HttpClientBuilderLoader.loadHttpClientBuilder()
                .connectTimeout(limits.connectTimeout()).readTimeout(limits.firstTokenTimeout()).build());
    }

    @Override
    public ServerStatus status() {
        try {
            HttpResponse<String> response = get("/models");
            if (response.statusCode() != 200) {
                return new ServerStatus(url, false, null, "The server at " + url + " answered /models with HTTP "
                        + response.statusCode() + "; check that the address ends with the API path, e.g. /v1.");
            }
            return new ServerStatus(url, true, "OpenAI-compatible", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServerStatus(url, false, null, notReachable());
        } catch (IOException | IllegalArgumentException e) {
            return new ServerStatus(url, false, null, notReachable());
        }
    }

    @Override
    public List<ModelInfo> models() throws LlmException {
        HttpResponse<String> response;
        try {
            response = get("/models");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException(LlmFailure.CANCELLED, "Listing the models was interrupted.", "", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new LlmException(LlmFailure.NOT_REACHABLE, notReachable(), "", e);
        }
        if (response.statusCode() != 200) {
            throw new LlmException(LlmFailure.SERVER_ERROR, "The server at " + url + " answered /models with HTTP "
                    + response.statusCode() + ": " + ServerText.of(response.body()), "", null);
        }
        List<ModelInfo> models = new ArrayList<>();
        try {
            for (JsonNode model : JSON.readTree(response.body()).path("data")) {
                // No digest: these servers do not say which weights a name stands for, so answers are not cached.
                models.add(new ModelInfo(model.path("id").asText(), "", model.path("owned_by").asText(""), "", "", 0));
            }
        } catch (IOException e) {
            throw new LlmException(LlmFailure.SERVER_ERROR, "The server at " + url
                    + " answered /models with something that is not JSON.", "", e);
        }
        return models;
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        LlmListener target = listener == null ? LlmListener.NONE : listener;
        Cancellation cancel = cancellation == null ? new Cancellation() : cancellation;
        OpenAiStreamingChatModel model;
        try {
            model = chatModel(request);
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmFailure.BAD_REQUEST, e.getMessage(), "", e);
        }
        Stream stream = new Stream(request.model(), target);
        cancel.onCancel(() -> stream.fail(new LlmException(LlmFailure.CANCELLED,
                "The answer from model '" + request.model() + "' was cancelled.", stream.text(), null)));
        try {
            model.chat(ChatModels.chatRequest(request), stream);
        } catch (RuntimeException e) {
            stream.onError(e);
        }
        return stream.await();
    }

    private OpenAiStreamingChatModel chatModel(LlmRequest request) {
        GenerationOptions o = request.options() == null
                ? new GenerationOptions(null, null, null, null, null, null, null, List.of(), null) : request.options();
        Map<String, Object> extra = new LinkedHashMap<>();
        if (o.topK() != null) {
            extra.put("top_k", o.topK());
        }
        if (o.repeatPenalty() != null) {
            extra.put("repetition_penalty", o.repeatPenalty());
        }
        return OpenAiStreamingChatModel.builder()
                .baseUrl(url)
                // Local servers ignore the key, but the builder insists on one.
                .apiKey("not-needed")
                .httpClientBuilder(new PrebuiltHttpClientBuilder(streamingHttp.get(), settings.connectTimeout(),
                        settings.firstTokenTimeout()))
                .modelName(request.model())
                .temperature(o.temperature())
                .topP(o.topP())
                .seed(o.seed())
                .maxTokens(o.numPredict() != null && o.numPredict() > 0 ? o.numPredict() : null)
                .stop(o.stop().isEmpty() ? null : o.stop())
                .customParameters(extra.isEmpty() ? null : extra)
                .responseFormat(ChatModels.responseFormat(request.jsonSchema()))
                .returnThinking(true)
                .build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(STATUS_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String notReachable() {
        return "The OpenAI-compatible server at " + url + " is not reachable. Is it running (e.g. `vllm serve`, "
                + "`llama-server`, LM Studio's server)?";
    }

    /** One streamed answer; settled once, by the end, an error, a time limit or a cancel. */
    private final class Stream implements StreamingChatResponseHandler {
        private final String model;
        private final LlmListener listener;
        private final CompletableFuture<LlmResult> outcome = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder thinking = new StringBuilder();
        private final StreamClock clock = new StreamClock(settings);
        private volatile StreamingHandle handle;

        Stream(String model, LlmListener listener) {
            this.model = model;
            this.listener = listener;
            clock.start();
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            handle = context.streamingHandle();
            token();
            synchronized (this) {
                text.append(partial.text());
            }
            if (!outcome.isDone()) {
                listener.onText(partial.text());
            }
        }

        @Override
        public void onPartialThinking(PartialThinking partial, PartialThinkingContext context) {
            handle = context.streamingHandle();
            token();
            synchronized (this) {
                thinking.append(partial.text());
            }
            if (!outcome.isDone()) {
                listener.onThinking(partial.text());
            }
        }

        /** The SSE body is read beneath LangChain4j, so a token is the first sign of progress this sees. */
        private void token() {
            if (!clock.hasOpened()) {
                clock.opened();
            }
            clock.received();
            clock.token();
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            TokenUsage usage = response.tokenUsage();
            String reason = response.finishReason() == null ? null
                    : response.finishReason().name().toLowerCase(Locale.ROOT);
            LlmMetrics metrics = new LlmMetrics(clock.timeToFirstTokenMs(), clock.elapsedMs(), null,
                    usage == null ? null : usage.inputTokenCount(),
                    usage == null ? null : usage.outputTokenCount(), null, url, false);
            String answer = response.aiMessage() != null && response.aiMessage().text() != null
                    ? response.aiMessage().text() : text();
            outcome.complete(new LlmResult(answer, thinkingText(), reason, metrics));
        }

        @Override
        public void onError(Throwable error) {
            fail(translate(error));
        }

        private LlmException translate(Throwable error) {
            var http = Causes.find(error, HttpException.class);
            if (http.isPresent()) {
                int status = http.get().statusCode();
                String said = serverText(http.get().getMessage());
                return switch (status) {
                    case 404 -> new LlmException(LlmFailure.MODEL_NOT_FOUND, "The server at " + url
                            + " does not serve model '" + model + "' (" + said + "). Choose one it lists.", text(), error);
                    case 400, 422 -> new LlmException(LlmFailure.BAD_REQUEST, "The server at " + url
                            + " refused the request for model '" + model + "': " + said, text(), error);
                    case 429, 503 -> new LlmException(LlmFailure.BUSY, "The server at " + url + " is busy (" + said
                            + "). Try again in a moment.", text(), error);
                    default -> new LlmException(LlmFailure.SERVER_ERROR, "The server at " + url
                            + " failed while running model '" + model + "': " + said, text(), error);
                };
            }
            if (Causes.has(error, ConnectException.class)) {
                return new LlmException(LlmFailure.NOT_REACHABLE, notReachable(), text(), error);
            }
            if (Causes.has(error, IOException.class) && clock.hasOpened()) {
                return new LlmException(LlmFailure.INCOMPLETE, "The answer from model '" + model
                        + "' broke off: the connection to " + url + " ended early.", text(), error);
            }
            String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            return new LlmException(LlmFailure.SERVER_ERROR, "The server at " + url + " failed while running model '"
                    + model + "': " + detail, text(), error);
        }

        /** OpenAI's error body is {"error":{"message":...}}; vLLM and llama.cpp follow it. */
        private String serverText(String body) {
            try {
                JsonNode message = JSON.readTree(body).path("error").path("message");
                if (message.isTextual()) {
                    return message.asText();
                }
            } catch (IOException | RuntimeException notJson) {
                // Fall back to the body as sent.
            }
            return ServerText.of(body);
        }

        LlmResult await() throws LlmException {
            while (true) {
                StreamClock.Next next = clock.next();
                if (next.expired()) {
                    String why = switch (next.limit()) {
                        case FIRST_TOKEN -> "did not start answering within "
                                + UserText.seconds(settings.firstTokenTimeout());
                        case IDLE -> "sent nothing for " + UserText.seconds(settings.idleTimeout());
                        case DEADLINE -> "did not finish within " + UserText.seconds(settings.deadline());
                    };
                    fail(new LlmException(LlmFailure.TIMEOUT, "Model '" + model + "' at " + url + " " + why
                            + "; the answer was stopped.", text(), null));
                }
                try {
                    return outcome.get(Math.max(next.remainingNanos(), 1), TimeUnit.NANOSECONDS);
                } catch (TimeoutException notYet) {
                    // Tokens may have arrived meanwhile: look again.
                } catch (ExecutionException e) {
                    throw (LlmException) e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail(new LlmException(LlmFailure.CANCELLED, "The answer from model '" + model
                            + "' was cancelled.", text(), e));
                }
            }
        }

        void fail(LlmException failure) {
            if (outcome.completeExceptionally(failure)) {
                StreamingHandle current = handle;
                if (current != null) {
                    current.cancel();
                }
            }
        }

        synchronized String text() {
            return text.toString();
        }

        synchronized String thinkingText() {
            return thinking.toString();
        }
    }
}
