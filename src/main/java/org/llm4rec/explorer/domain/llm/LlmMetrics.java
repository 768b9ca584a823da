package org.llm4rec.explorer.domain.llm;

/**
 * What one generation cost. Null where the server did not say.
 *
 * @param timeToFirstTokenMs client-measured time from sending to the first streamed text
 * @param totalMs            client-measured time from sending to the end
 * @param loadMs             server's model load time
 * @param promptTokens       tokens of the prompt that the server evaluated
 * @param outputTokens       tokens generated
 * @param evalMs             server's generation time, used for tokens per second
 */
public record LlmMetrics(Long timeToFirstTokenMs, long totalMs, Long loadMs, Integer promptTokens,
                         Integer outputTokens, Long evalMs) {

    /** Output tokens per second of generation, from the server's own timing when it gave one. */
    public Double tokensPerSecond() {
        if (outputTokens == null || outputTokens == 0) {
            return null;
        }
        long ms = evalMs != null && evalMs > 0 ? evalMs
                : timeToFirstTokenMs != null ? totalMs - timeToFirstTokenMs : totalMs;
        return ms > 0 ? outputTokens * 1000.0 / ms : null;
    }
}
