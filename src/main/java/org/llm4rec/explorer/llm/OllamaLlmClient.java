package org.llm4rec.explorer.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import org.llm4rec.explorer.app.Lazy;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * {@link LlmClient} for a local Ollama server. Generation goes through LangChain4j's streaming Ollama model;
 * the version and model list are plain HTTP calls.
 */
public final class OllamaLlmClient implements LlmClient {
    private static final Logger log = LoggerFactory.getLogger(OllamaLlmClient.class);

    private final OllamaSettings settings;
    private final OllamaServerApi server;
    private final Lazy<HttpClient> http;

    public OllamaLlmClient(OllamaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.server = new OllamaServerApi(settings);
        // One client for all generations, so that connections are pooled. Its read timeout is the JDK's time to
        // response headers, which for Ollama is the time to the first token. Built on the first generation: building
        // it sets up TLS, half a second of the app's start otherwise.
        this.http = Lazy.of(() -> HttpClientBuilderLoader.loadHttpClientBuilder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.firstTokenTimeout())
                .build());
    }

    public OllamaSettings settings() {
        return settings;
    }

    @Override
    public ServerStatus status() {
        return server.status();
    }

    @Override
    public List<ModelInfo> models() throws LlmException {
        return server.models();
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        Objects.requireNonNull(request, "request");
        LlmListener target = listener == null ? LlmListener.NONE : listener;
        Cancellation cancel = cancellation == null ? new Cancellation() : cancellation;
        if (cancel.isCancelled()) {
            throw new LlmException(LlmFailure.CANCELLED, UserText.cancelled(request.model()), "", null);
        }
        Generation generation = new Generation(request, settings, target);
        OllamaStreamingChatModel model;
        ChatRequest chat;
        try {
            model = ChatModels.streaming(settings.baseUrl(), new PrebuiltHttpClientBuilder(
                    new TappedHttpClient(http.get(), generation), settings.connectTimeout(),
                    settings.firstTokenTimeout()), request);
            chat = ChatModels.chatRequest(request);
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmFailure.BAD_REQUEST, e.getMessage(), "", e);
        }
        cancel.onCancel(generation::cancel);
        log.info("Generating with {} at {}", request.model(), settings.baseUrl());
        try {
            LlmResult result = generation.run(() -> model.chat(chat, generation));
            log.info("Generated with {}: {} tokens in {} ms, done_reason {}", request.model(),
                    result.metrics().outputTokens(), result.metrics().totalMs(), result.doneReason());
            return result;
        } catch (LlmException e) {
            log.info("Generation with {} failed ({}): {}", request.model(), e.failure(), e.getMessage());
            throw e;
        }
    }
}
