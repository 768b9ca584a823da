package org.llm4rec.explorer.domain.llm;

import java.util.Optional;
import org.llm4rec.explorer.domain.GenerationOptions;

/**
 * Whether a prompt fits the context window ({@code num_ctx}). Ollama does not refuse a prompt that is too long: it
 * silently drops its beginning, which for a recommendation prompt is usually the profile. So the user is warned
 * before sending, by an estimate, and after the run, by the server's own count.
 */
public final class ContextWindow {
    /** Roughly four characters per token for English text with common tokenizers; an estimate, not a count. */
    private static final double CHARS_PER_TOKEN = 4.0;

    private ContextWindow() {
    }

    public static int estimateTokens(String prompt) {
        return prompt == null ? 0 : (int) Math.ceil(prompt.length() / CHARS_PER_TOKEN);
    }

    /** A warning when the prompt is likely longer than num_ctx allows; empty when it fits or num_ctx is unset. */
    public static Optional<String> beforeSending(String prompt, GenerationOptions options) {
        Integer numCtx = options == null ? null : options.numCtx();
        int estimate = estimateTokens(prompt);
        if (numCtx == null || estimate <= numCtx) {
            return Optional.empty();
        }
        return Optional.of("The prompt is about " + estimate + " tokens, more than num_ctx (" + numCtx
                + "): Ollama will drop its beginning. Raise num_ctx in the options or shorten the profile.");
    }

    /** A note when the server's prompt token count reached num_ctx, i.e. the prompt was cut. */
    public static Optional<String> afterRun(Integer promptTokens, GenerationOptions options) {
        Integer numCtx = options == null ? null : options.numCtx();
        if (numCtx == null || promptTokens == null || promptTokens < numCtx) {
            return Optional.empty();
        }
        return Optional.of("Ollama evaluated " + promptTokens + " prompt tokens with num_ctx " + numCtx
                + ": the prompt filled the context window and its beginning was probably cut.");
    }
}
