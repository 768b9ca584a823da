package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The candidate ranking prompts with LlamaRec's letter labels, against reviewed files in src/test/resources/golden
 * ({@code -Dgolden.update=true} rewrites them, as in {@link StrategyGoldenTest}).
 */
class LetterLabelGoldenTest {
    private static final Path SOURCE = Path.of("src/test/resources/golden");

    static Stream<PromptStrategy> letterStrategies() {
        return Strategies.all().stream().filter(PromptStrategy::answersByLetter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letterStrategies")
    void rendersTheGoldenLetterPrompt(PromptStrategy strategy) throws IOException {
        String text = strategy.build(input(), strategy.defaultTemplate()).prompt().text();
        String file = strategy.id() + "-letters.txt";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(SOURCE.resolve(file), text + "\n", StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(resource("/golden/" + file).stripTrailing());
        assertThat(text).contains("(B) Catching Fire (The Hunger Games, #2) by Suzanne Collins")
                .doesNotContain("copying each title exactly");
    }

    @Test
    void exactlyTheSingleCallCandidateRankingStrategiesOfferLetters() {
        assertThat(letterStrategies().map(PromptStrategy::id)).containsExactlyInAnyOrder(
                RankingStrategy.SEQUENTIAL, RankingStrategy.RECENCY, RankingStrategy.IN_CONTEXT,
                RankingStrategy.CHAIN_OF_THOUGHT);
    }

    @Test
    void withoutLettersThePromptIsUnchanged() {
        PromptStrategy sequential = RankingStrategy.sequential();
        String plain = sequential.build(StrategyFixtures.input(StrategyFixtures.CANDIDATES),
                sequential.defaultTemplate()).prompt().text();

        assertThat(plain).contains("2. Catching Fire").doesNotContain("(B)");
    }

    private static StrategyInput input() {
        StrategyInput base = StrategyFixtures.input(StrategyFixtures.CANDIDATES);
        return new StrategyInput(base.dataset(), base.profile(), base.count(), base.candidates(),
                base.demonstrations(), false, true);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LetterLabelGoldenTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " (run with -Dgolden.update=true to create it)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
