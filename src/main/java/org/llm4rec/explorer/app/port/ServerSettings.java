package org.llm4rec.explorer.app.port;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the app reaches its model servers.
 *
 * @param endpoints         the servers, the first being the main one (its models are the ones listed); at least one
 * @param firstTokenTimeout how long a request may wait for the first token, which covers a cold model load
 * @param idleTimeout       the longest silence tolerated once an answer streams
 */
public record ServerSettings(List<EndpointSetting> endpoints, Duration firstTokenTimeout, Duration idleTimeout) {
    public static final int DEFAULT_PARALLELISM = 2;
    public static final Duration DEFAULT_FIRST_TOKEN_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

    public ServerSettings {
        endpoints = List.copyOf(endpoints);
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("At least one model server is needed.");
        }
        requirePositive(firstTokenTimeout, "The time allowed for the first token");
        requirePositive(idleTimeout, "The idle timeout");
    }

    /** One server at the given address with the default limits. */
    public static ServerSettings defaultsFor(String baseUrl) {
        return new ServerSettings(List.of(new EndpointSetting(baseUrl, DEFAULT_PARALLELISM)),
                DEFAULT_FIRST_TOKEN_TIMEOUT, DEFAULT_IDLE_TIMEOUT);
    }

    public EndpointSetting main() {
        return endpoints.get(0);
    }

    private static void requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be more than 0 seconds.");
        }
    }
}
