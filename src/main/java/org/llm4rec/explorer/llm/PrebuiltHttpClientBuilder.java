package org.llm4rec.explorer.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;

import java.time.Duration;

/**
 * Hands LangChain4j a client that already exists. The Ollama model builder insists on building its client from
 * a builder and sets timeouts on it first; those calls are ignored because the client was built with the
 * settings' timeouts, and a per-request builder must not open a new connection pool for every generation.
 */
final class PrebuiltHttpClientBuilder implements HttpClientBuilder {
    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    PrebuiltHttpClientBuilder(HttpClient client, Duration connectTimeout, Duration readTimeout) {
        this.client = client;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration ignored) {
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration ignored) {
        return this;
    }

    @Override
    public HttpClient build() {
        return client;
    }
}
