package org.llm4rec.explorer.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.cli.Subcommands;
import picocli.CommandLine;

class CommandLineOptionsTest {

    @Test
    void aComparisonFileMayFollowOrPrecedeTheOptions() {
        assertThat(CommandLineOptions.comparisonFiles(List.of("--data-dir", "/x", "/home/t/class.llm4rec")))
                .containsExactly(Path.of("/home/t/class.llm4rec"));
        assertThat(CommandLineOptions.comparisonFiles(List.of("lesson 3.llm4rec", "--ollama", "http://gpu:11434")))
                .containsExactly(Path.of("lesson 3.llm4rec"));
        AppConfig config = CommandLineOptions.parse(List.of("class.llm4rec", "--data-dir", "/x"),
                Path.of("/default"), url -> url);
        assertThat(config.dataDir()).isEqualTo(Path.of("/x"));
    }

    @Test
    void withoutAFileNothingIsOpenedAndSeveralOpenInTheirOrder() {
        assertThat(CommandLineOptions.comparisonFiles(List.of("--data-dir", "/x"))).isEmpty();
        assertThat(CommandLineOptions.comparisonFiles(List.of("b.llm4rec", "a.json")))
                .containsExactly(Path.of("b.llm4rec"), Path.of("a.json"));
    }

    @Test
    void anUnknownOptionIsStillRefused() {
        assertThatThrownBy(() -> CommandLineOptions.comparisonFiles(List.of("--colour", "class.llm4rec")))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--colour");
    }

    @Test
    void subcommandsKeepTheirNamesAndTheirOwnPositionalArguments() {
        CommandLine.ParseResult imported = parsed("import", "ratings.csv");
        assertThat(imported.hasSubcommand()).isTrue();
        assertThat(imported.subcommand().commandSpec().name()).isEqualTo("import");
        assertThat(imported.matchedPositionals()).isEmpty();

        CommandLine.ParseResult window = parsed("--data-dir", "/x", "class.llm4rec");
        assertThat(window.hasSubcommand()).isFalse();
        assertThat(window.matchedPositionals()).singleElement()
                .satisfies(p -> assertThat(p.<List<Path>>getValue()).containsExactly(Path.of("class.llm4rec")));

        // A file named like a subcommand is reached by its path.
        assertThat(parsed("./datasets").hasSubcommand()).isFalse();
    }

    @Test
    void onlyTheSubcommandsTheArgumentsNameAreBuiltAndEveryOneForHelp() {
        assertThat(launcherLine("import", "ratings.csv", "--data-dir", "/x").getSubcommands()).containsOnlyKeys("import");
        assertThat(launcherLine("--help").getSubcommands()).containsOnlyKeys("import", "datasets", "generate",
                "benchmark", "experiment", "study", "recommend", "benchmark-experiment");

        // A value that is also a subcommand's name adds that command too, and changes nothing else: picocli reads
        // such a value after a subcommand's option, and refuses it after the window's, as with every command built.
        CommandLine.ParseResult named = parsed("import", "ratings.csv", "--name", "datasets");
        assertThat(named.subcommand().commandSpec().name()).isEqualTo("import");
        assertThat(named.subcommand().matchedOptionValue("--name", "")).isEqualTo("datasets");
        assertThatThrownBy(() -> parsed("--data-dir", "import")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("found 'import'");
    }

    private static CommandLine.ParseResult parsed(String... args) {
        return launcherLine(args).parseArgs(args);
    }

    /** The command line as the launcher builds it for these arguments, with the headless subcommands they name. */
    private static CommandLine launcherLine(String... args) {
        return Subcommands.addFor(List.of(args), new CommandLine(new CommandLineOptions()), Wiring::forCommand);
    }
}
