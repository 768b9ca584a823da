package org.llm4rec.explorer.llm;

import java.time.Duration;

/**
 * The times of one generation, and which of its limits runs out next. Before the response headers the limit is
 * the time allowed to start answering (Ollama sends headers together with the first token); after them it is the
 * idle limit, counted from the last bytes received; the overall deadline applies throughout.
 */
final class StreamClock {

    enum Limit { FIRST_TOKEN, IDLE, DEADLINE }

    /** The limit that runs out next, and in how many nanoseconds (zero or less: it has run out). */
    record Next(Limit limit, long remainingNanos) {
        boolean expired() {
            return remainingNanos <= 0;
        }
    }

    private final OllamaSettings settings;
    private volatile long startNanos;
    private volatile boolean opened;
    private volatile long lastDataNanos;
    private volatile boolean tokenSeen;
    private volatile long firstTokenNanos;

    StreamClock(OllamaSettings settings) {
        this.settings = settings;
    }

    void start() {
        startNanos = System.nanoTime();
    }

    void opened() {
        lastDataNanos = System.nanoTime();
        opened = true;
    }

    void received() {
        lastDataNanos = System.nanoTime();
    }

    /**
     * Called for every token; only the first one counts. Called from one stream thread only. A token is also data
     * arriving, which is all a stream read without a {@link StreamTap} (OpenAI's server-sent events) shows of it.
     */
    void token() {
        lastDataNanos = System.nanoTime();
        opened = true;
        if (!tokenSeen) {
            firstTokenNanos = System.nanoTime();
            tokenSeen = true;
        }
    }

    boolean hasOpened() {
        return opened;
    }

    Long timeToFirstTokenMs() {
        return tokenSeen ? millis(firstTokenNanos - startNanos) : null;
    }

    long elapsedMs() {
        return millis(System.nanoTime() - startNanos);
    }

    Next next() {
        long now = System.nanoTime();
        long deadline = startNanos + settings.deadline().toNanos() - now;
        long progress = opened
                ? lastDataNanos + settings.idleTimeout().toNanos() - now
                : startNanos + settings.firstTokenTimeout().toNanos() - now;
        if (progress < deadline) {
            return new Next(opened ? Limit.IDLE : Limit.FIRST_TOKEN, progress);
        }
        return new Next(Limit.DEADLINE, deadline);
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
