package org.llm4rec.explorer.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import org.llm4rec.explorer.net.Lazy;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;

import java.util.List;
import java.util.Objects;

/**
 * {@link LlmClient} for a local Ollama server. Generation goes through LangChain4j's streaming Ollama model with our
 * {@link StreamTap} underneath; the model list through LangChain4j's OllamaModels; the version is a plain HTTP call.
 */
public final class OllamaLlmClient implements LlmClient {
    private final OllamaSettings settings;
    private final OllamaServerApi server;
    private final OllamaModelAdmin admin;
    private final Lazy<HttpClient> http;

    public OllamaLlmClient(OllamaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.server = new OllamaServerApi(settings);
        this.admin = new OllamaModelAdmin(settings);
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
        return admin.models();
    }

    @Override
    public LlmResult generate(LlmRequest request, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        return Generation.stream(request, settings.baseUrl(), settings, UserText.OLLAMA, listener, cancellation,
                generation -> ChatModels.streaming(settings.baseUrl(), new PrebuiltHttpClientBuilder(
                        new TappedHttpClient(http.get(), generation), settings.connectTimeout(),
                        settings.firstTokenTimeout()), request));
    }
}
