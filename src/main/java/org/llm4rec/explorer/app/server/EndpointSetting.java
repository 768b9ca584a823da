package org.llm4rec.explorer.app.server;

/**
 * One model server the app may send requests to.
 *
 * @param url         base URL
 * @param parallelism how many requests it is given at once
 */
public record EndpointSetting(String url, int parallelism) {
    public static final int MAX_PARALLELISM = 64;

    public EndpointSetting {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A server needs an address, e.g. http://localhost:11434.");
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Parallel requests for " + url + " must be between 1 and "
                    + MAX_PARALLELISM + ", not " + parallelism + ".");
        }
        url = url.strip();
    }
}
