package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBudgetTest {

    @Test
    void estimatesFourCharactersPerTokenButNeverFewerTokensThanWords() {
        assertThat(TokenBudget.estimate("abcdefgh", 100, null).tokens()).isEqualTo(2);
        assertThat(TokenBudget.estimate("a b c d e", 100, null).tokens()).isEqualTo(5);
        assertThat(TokenBudget.estimate("", 100, null).tokens()).isZero();
    }

    @Test
    void warnsWhenThePromptWouldBeCutAndWhenTheAnswerHasTooLittleRoom() {
        String prompt = "x".repeat(4000);

        TokenBudget fits = TokenBudget.estimate(prompt, 8192, 1536);
        TokenBudget tight = TokenBudget.estimate(prompt, 1500, 1536);
        TokenBudget cut = TokenBudget.estimate(prompt, 512, 1536);

        assertThat(fits.describe()).isEqualTo("≈ 1000 tokens of num_ctx 8192");
        assertThat(tight.truncated()).isFalse();
        assertThat(tight.tight()).isTrue();
        assertThat(tight.describe()).contains("fewer than num_predict (1536)");
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.describe()).contains("too long").contains("Raise num_ctx");
    }

    @Test
    void withoutNumCtxTheServerDefaultIsAssumed() {
        assertThat(TokenBudget.estimate("x".repeat(10_000), null, null).describe())
                .contains("of num_ctx 2048").contains("too long");
    }
}
