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
 * @param servedBy           base URL of the server that answered, null when unknown
 * @param cached             true when the answer came from the response cache, not from a server
 */
public record LlmMetrics(Long timeToFirstTokenMs, long totalMs, Long loadMs, Integer promptTokens,
                         Integer outputTokens, Long evalMs, String servedBy, boolean cached) {

    public LlmMetrics(Long timeToFirstTokenMs, long totalMs, Long loadMs, Integer promptTokens,
                      Integer outputTokens, Long evalMs) {
        this(timeToFirstTokenMs, totalMs, loadMs, promptTokens, outputTokens, evalMs, null, false);
    }

    public LlmMetrics withServedBy(String url) {
        return new LlmMetrics(timeToFirstTokenMs, totalMs, loadMs, promptTokens, outputTokens, evalMs, url, cached);
    }

    /** The same figures, as recorded when the answer was generated, marked as replayed from the cache. */
    public LlmMetrics asCached() {
        return new LlmMetrics(timeToFirstTokenMs, totalMs, loadMs, promptTokens, outputTokens, evalMs, servedBy,
                true);
    }

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
