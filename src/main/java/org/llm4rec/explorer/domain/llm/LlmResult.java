package org.llm4rec.explorer.domain.llm;

/**
 * A finished generation.
 *
 * @param text       the answer text
 * @param thinking   the model's native thinking trace, empty when none
 * @param doneReason why the server stopped ("stop", "length"); null when unknown
 * @param metrics    timings and token counts
 */
public record LlmResult(String text, String thinking, String doneReason, LlmMetrics metrics) {
    /** True when the answer was cut by the output token limit. */
    public boolean truncated() {
        return "length".equals(doneReason);
    }
}
