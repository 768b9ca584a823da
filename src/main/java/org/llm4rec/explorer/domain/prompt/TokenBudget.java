package org.llm4rec.explorer.domain.prompt;

/**
 * An estimate of a prompt's tokens against the context window. Ollama silently cuts prompts longer than num_ctx,
 * so the preview warns before that happens. Without the model's tokenizer the count is estimated: about four
 * characters per token for English text, and never fewer tokens than words.
 *
 * @param tokens     estimated prompt tokens
 * @param numCtx     context window sent as num_ctx, or null for the server default
 * @param numPredict output tokens reserved for the answer, or null
 */
public record TokenBudget(int tokens, Integer numCtx, Integer numPredict) {
    private static final double CHARS_PER_TOKEN = 4.0;
    /** Ollama's default context when num_ctx is not sent (2048 before 0.6, larger since; the safe guess). */
    static final int DEFAULT_CTX = 2048;

    public static TokenBudget estimate(String prompt, Integer numCtx, Integer numPredict) {
        String text = prompt == null ? "" : prompt;
        int byChars = (int) Math.ceil(text.length() / CHARS_PER_TOKEN);
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return new TokenBudget(Math.max(byChars, words), numCtx, numPredict);
    }

    public int context() {
        return numCtx == null ? DEFAULT_CTX : numCtx;
    }

    /** True when the prompt alone is longer than the context: the server would cut it. */
    public boolean truncated() {
        return tokens > context();
    }

    /** True when the prompt leaves less room than num_predict for the answer. */
    public boolean tight() {
        return numPredict != null && tokens + numPredict > context();
    }

    /** One line for the preview, with a warning when the prompt does not fit. */
    public String describe() {
        String count = "≈ " + tokens + " tokens of num_ctx " + context();
        if (truncated()) {
            return count + " — too long: Ollama would cut the start of this prompt. Raise num_ctx or shorten"
                    + " the history or candidates.";
        }
        if (tight()) {
            return count + " — leaves fewer than num_predict (" + numPredict + ") tokens for the answer, which"
                    + " may be cut off.";
        }
        return count;
    }
}
