package org.llm4rec.explorer.app.port;

/**
 * One model server the app may send requests to.
 *
 * @param url         base URL (for an OpenAI-compatible server with the API path, e.g. http://gpu-box:8000/v1)
 * @param parallelism how many requests it is given at once
 * @param provider    the API it speaks
 */
public record EndpointSetting(String url, int parallelism, Provider provider) {
    public static final int MAX_PARALLELISM = 64;

    /** The APIs the app can talk to. */
    public enum Provider {
        OLLAMA,
        /** OpenAI's chat completions API, as vLLM, llama.cpp server and LM Studio serve it. */
        OPENAI
    }

    /** An Ollama server. */
    public EndpointSetting(String url, int parallelism) {
        this(url, parallelism, Provider.OLLAMA);
    }

    public EndpointSetting {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A server needs an address, e.g. http://localhost:11434.");
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Parallel requests for " + url + " must be between 1 and "
                    + MAX_PARALLELISM + ", not " + parallelism + ".");
        }
        url = url.strip();
        provider = provider == null ? Provider.OLLAMA : provider;
    }
}
