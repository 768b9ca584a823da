package org.llm4rec.explorer.domain.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.GenerationOptions;

class ContextWindowTest {
    private static final GenerationOptions CTX_100 =
            GenerationOptions.unset().withNumCtx(100);
    private static final GenerationOptions CTX_UNSET =
            GenerationOptions.unset();

    @Test
    void warnsBeforeSendingAPromptLongerThanNumCtx() {
        assertThat(ContextWindow.beforeSending("x".repeat(400), CTX_100)).isEmpty();
        assertThat(ContextWindow.beforeSending("x".repeat(404), CTX_100)).hasValueSatisfying(warning ->
                assertThat(warning).startsWith("The prompt is about 101 tokens, more than num_ctx (100)"));
        assertThat(ContextWindow.beforeSending("x".repeat(10_000), CTX_UNSET)).isEmpty();
    }

    @Test
    void afterTheRunComparesTheServersCountWithNumCtx() {
        assertThat(ContextWindow.afterRun(99, CTX_100)).isEmpty();
        assertThat(ContextWindow.afterRun(null, CTX_100)).isEmpty();
        assertThat(ContextWindow.afterRun(100, CTX_100)).hasValue("Ollama evaluated 100 prompt tokens with "
                + "num_ctx 100: the prompt filled the context window and its beginning was probably cut.");
    }
}
