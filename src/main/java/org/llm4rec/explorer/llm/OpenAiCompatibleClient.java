package org.llm4rec.explorer.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.model.openai.OpenAiModelCatalog;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import org.llm4rec.explorer.net.Lazy;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link LlmClient} for servers that speak OpenAI's chat completions API (vLLM, llama.cpp server, LM Studio),
 * through LangChain4j's OpenAI module: its streaming chat model and its model catalogue ({@code GET /models}). The
 * base URL includes the API path, e.g. {@code http://gpu-box:8000/v1}. The same limits as for Ollama apply, kept by
 * the same {@link Generation}: time to the first token, idle time between tokens, overall deadline. Options
 * OpenAI's API lacks (top_k, repeat_penalty) are sent as the extra parameters vLLM and llama.cpp read.
 */
public final class OpenAiCompatibleClient implements LlmClient {
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);

    private final OllamaSettings settings;
    private final String url;
    private final FailureTranslator failures;
    private final Lazy<OpenAiModelCatalog> catalog;
    private final Lazy<HttpClient> streamingHttp;

    public OpenAiCompatibleClient(String baseUrl, OllamaSettings limits) {
        this.url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.settings = limits;
        this.failures = FailureTranslator.forCall(UserText.OPENAI_COMPATIBLE, url, limits.connectTimeout(),
                STATUS_TIMEOUT);
        // Local servers need no key, so none is sent.
        this.catalog = Lazy.of(() -> OpenAiModelCatalog.builder().baseUrl(url)
                .connectTimeout(limits.connectTimeout()).readTimeout(STATUS_TIMEOUT).build());
        this.streamingHttp = Lazy.of(() -> HttpClientBuilderLoader.loadHttpClientBuilder()
                .connectTimeout(limits.connectTimeout()).readTimeout(limits.firstTokenTimeout()).build());
    }

    @Override
    public ServerStatus status() {
        try {
            models();
            return new ServerStatus(url, true, "OpenAI-compatible", null);
        } catch (LlmException e) {
            return new ServerStatus(url, false, null, e.getMessage());
        }
    }

    /** No digest: these servers do not say which weights a name stands for, so answers are not cached. */
    @Override
    public List<ModelInfo> models() throws LlmException {
        try {
            return catalog.get().listModels().stream()
                    .map(m -> new ModelInfo(m.name(), "", Objects.requireNonNullElse(m.owner(), ""), "", "", 0))
                    .toList();
        } catch (RuntimeException e) {
            throw failures.translate(e, "", false);
        }
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        return Generation.stream(request, url, settings, UserText.OPENAI_COMPATIBLE, listener, cancellation,
                generation -> chatModel(request));
    }

    private OpenAiStreamingChatModel chatModel(LlmRequest request) {
        GenerationOptions o = request.options() == null ? ChatModels.NO_OPTIONS : request.options();
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
}
