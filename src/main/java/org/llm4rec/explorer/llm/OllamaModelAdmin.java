package org.llm4rec.explorer.llm;

import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModelCard;
import dev.langchain4j.model.ollama.OllamaModelDetails;
import dev.langchain4j.model.ollama.OllamaModels;
import org.llm4rec.explorer.net.Lazy;
import org.llm4rec.explorer.net.LazyHttpClient;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LoadedModel;
import org.llm4rec.explorer.app.port.ModelAdmin;
import org.llm4rec.explorer.domain.llm.ModelDetails;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.PullListener;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Ollama's model management. The model list ({@code /api/tags}), a model's card ({@code /api/show}) and the
 * models in memory ({@code /api/ps}) come from LangChain4j's {@link OllamaModels}; the pull is our own
 * ({@link Pull}) because LangChain4j has none.
 */
public final class OllamaModelAdmin implements ModelAdmin {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final OllamaSettings settings;
    private final FailureTranslator failures;
    private final Lazy<OllamaModels> models;
    private final HttpClient pullHttp;

    public OllamaModelAdmin(OllamaSettings settings) {
        this.settings = settings;
        this.failures = FailureTranslator.forCall(UserText.OLLAMA, settings.baseUrl(), settings.connectTimeout(),
                CALL_TIMEOUT);
        // Built on first use: building an HTTP client sets up TLS, which would otherwise slow the app's start.
        this.models = Lazy.of(() -> OllamaModels.builder()
                .baseUrl(settings.baseUrl())
                .httpClientBuilder(HttpClientBuilderLoader.loadHttpClientBuilder()
                        .connectTimeout(settings.connectTimeout()).readTimeout(CALL_TIMEOUT))
                // A stopped server is said at once; the user asks again with Refresh.
                .maxRetries(0)
                .build());
        this.pullHttp = LazyHttpClient.of(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()));
    }

    @Override
    public String url() {
        return settings.baseUrl();
    }

    @Override
    public List<ModelInfo> models() throws LlmException {
        return call(failures, () -> models.get().availableModels().content()).stream()
                .map(OllamaModelAdmin::info).toList();
    }

    private static ModelInfo info(OllamaModel model) {
        OllamaModelDetails details = Objects.requireNonNullElseGet(model.getDetails(),
                () -> OllamaModelDetails.builder().build());
        return new ModelInfo(name(model.getName(), model.getModel()), text(model.getDigest()),
                text(details.getFamily()), text(details.getParameterSize()), text(details.getQuantizationLevel()),
                model.getSize());
    }

    @Override
    public ModelDetails details(String model) throws LlmException {
        OllamaModelCard card = call(failures.about(model), () -> models.get().modelCard(model).content());
        List<String> capabilities = card.getCapabilities() == null ? List.of() : card.getCapabilities();
        return new ModelDetails(model, contextLength(card.getModelInfo()), capabilities);
    }

    /**
     * The GGUF key "&lt;architecture&gt;.context_length". Some newer servers also put it in the card's details, which
     * LangChain4j does not keep; the GGUF key is there for every local model.
     */
    private static Integer contextLength(Map<String, Object> modelInfo) {
        if (modelInfo == null) {
            return null;
        }
        return modelInfo.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".context_length") && e.getValue() instanceof Number)
                .map(e -> ((Number) e.getValue()).intValue())
                .findFirst().orElse(null);
    }

    @Override
    public List<LoadedModel> loaded() throws LlmException {
        return call(failures, () -> models.get().runningModels().content()).stream()
                .map(m -> new LoadedModel(name(m.getName(), m.getModel()), orZero(m.getSize()),
                        orZero(m.getSizeVram()), m.getContextLength(),
                        m.getExpiresAt() == null ? "" : m.getExpiresAt().toString()))
                .toList();
    }

    @Override
    public void pull(String model, PullListener listener, Cancellation cancellation) throws LlmException {
        new Pull(pullHttp, settings, model, listener).run(cancellation);
    }

    private static <T> T call(FailureTranslator failures, Supplier<T> call) throws LlmException {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw failures.translate(e, "", false);
        }
    }

    /** Ollama writes both; older servers only the name. */
    private static String name(String name, String model) {
        return name != null ? name : text(model);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
