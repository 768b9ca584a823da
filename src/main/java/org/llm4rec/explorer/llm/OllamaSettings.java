package org.llm4rec.explorer.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * Where Ollama is and how long to wait for it.
 *
 * @param baseUrl           server address, normalised like {@code OLLAMA_HOST} ("127.0.0.1:11434" becomes
 *                          "http://127.0.0.1:11434"); blank means {@link #DEFAULT_BASE_URL}
 * @param connectTimeout    time allowed to open a connection
 * @param firstTokenTimeout time allowed until Ollama starts answering; Ollama sends nothing, not even headers,
 *                          while it loads the model and reads the prompt, so this must cover a cold load
 * @param idleTimeout       once answering, the longest silence tolerated before the answer is given up
 * @param deadline          the longest a whole generation may take
 */
public record OllamaSettings(String baseUrl, Duration connectTimeout, Duration firstTokenTimeout,
                             Duration idleTimeout, Duration deadline) {

    public static final String DEFAULT_BASE_URL = "http://localhost:11434";

    public OllamaSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : OllamaHost.toBaseUrl(baseUrl);
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(firstTokenTimeout, "firstTokenTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(deadline, "deadline");
    }

    /** The local server, with room for a cold load of a large model. */
    public static OllamaSettings defaults() {
        return new OllamaSettings(DEFAULT_BASE_URL, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofSeconds(60), Duration.ofMinutes(10));
    }

    /** The defaults, at the address in the {@code OLLAMA_HOST} environment variable when it is set. */
    public static OllamaSettings fromEnvironment() {
        return defaults().withBaseUrl(baseUrlFromOllamaHost(System.getenv("OLLAMA_HOST")));
    }

    /**
     * Reads an {@code OLLAMA_HOST} value the way the Ollama CLI does: "host", "host:port", "scheme://host[:port]"
     * all work, the port defaults to 11434 (or to 80/443 after an explicit http/https scheme), and a bind-all
     * address such as 0.0.0.0 means this machine. Null or blank gives {@link #DEFAULT_BASE_URL}.
     */
    public static String baseUrlFromOllamaHost(String ollamaHost) {
        return ollamaHost == null || ollamaHost.isBlank() ? DEFAULT_BASE_URL : OllamaHost.toBaseUrl(ollamaHost);
    }

    public OllamaSettings withBaseUrl(String newBaseUrl) {
        return new OllamaSettings(newBaseUrl, connectTimeout, firstTokenTimeout, idleTimeout, deadline);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
