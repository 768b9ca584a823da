package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact prompt of every built-in strategy for a fixed profile, candidates (in a fixed, seeded order) and
 * demonstration, against a reviewed file in src/test/resources/golden. After a deliberate template change, run
 * with {@code -Dgolden.update=true} to rewrite the files, then review the diff.
 */
class StrategyGoldenTest {
    private static final Path SOURCE = Path.of("src/test/resources/golden");

    static Stream<PromptStrategy> strategies() {
        return Strategies.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void rendersTheGoldenPrompt(PromptStrategy strategy) throws IOException {
        String text = strategy.build(StrategyFixtures.input(StrategyFixtures.CANDIDATES),
                strategy.defaultTemplate()).prompt().text();
        String file = strategy.id() + (strategy.id().equals(ZeroShotDirectStrategy.ID) ? "-ranking-input" : "")
                + ".txt";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(SOURCE.resolve(file), text + "\n", StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(resource("/golden/" + file).stripTrailing());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void everyStrategyCitesItsSourceAndShipsVersionOneOfItsTemplate(PromptStrategy strategy) {
        assertThat(strategy.about()).containsPattern("\\(20\\d\\d\\)");
        assertThat(strategy.defaultTemplate().id()).isEqualTo(strategy.id());
        assertThat(strategy.defaultTemplate().version()).isEqualTo(1);
        assertThat(Strategies.byId(strategy.id())).containsSame(strategy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void everyPartOfThePromptIsMarked(PromptStrategy strategy) {
        List<PromptPart> parts = strategy.build(StrategyFixtures.input(StrategyFixtures.CANDIDATES),
                strategy.defaultTemplate()).prompt().segments().stream().map(PromptSegment::part).toList();

        assertThat(parts).contains(PromptPart.INSTRUCTION, PromptPart.OUTPUT_FORMAT);
        if (strategy.ranksCandidates()) {
            assertThat(parts).contains(PromptPart.CANDIDATES);
        }
        if (strategy.usesDemonstrations()) {
            assertThat(parts).contains(PromptPart.DEMONSTRATIONS);
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = StrategyGoldenTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " (run with -Dgolden.update=true to create it)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
