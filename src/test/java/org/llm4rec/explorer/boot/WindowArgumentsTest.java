package org.llm4rec.explorer.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class WindowArgumentsTest {
    @Test
    void theWindowsOwnOptionsAreReadInBothForms() {
        assertThat(WindowArguments.values(List.of())).contains(Map.of());
        assertThat(WindowArguments.values(List.of("--data-dir", "/x", "--ollama=http://gpu:11434")))
                .contains(Map.of("--data-dir", "/x", "--ollama", "http://gpu:11434"));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (List<String> args : List.of(List.of("--help"), List.of("-V"), List.of("datasets"),
                List.of("--data-dir", "/x", "import", "movies.csv"), List.of("--data-dir"),
                List.of("--data-dir", "--ollama", "http://h"), List.of("--data-dir", "/a", "--data-dir", "/b"),
                List.of("--colour", "red"))) {
            assertThat(WindowArguments.values(args)).as(args.toString()).isEmpty();
        }
    }

    @Test
    void itKnowsExactlyTheOptionsPicocliDeclaresBesidesHelpAndVersion() {
        var declared = new CommandLine(new CommandLineOptions()).getCommandSpec().options().stream()
                .filter(option -> !option.usageHelp() && !option.versionHelp())
                .flatMap(option -> List.of(option.names()).stream())
                .collect(Collectors.toSet());
        assertThat(declared).isEqualTo(WindowArguments.OPTIONS);
    }

    @Test
    void theConfigurationIsTheOnePicocliReads() {
        List<String> args = List.of("--data-dir", "/x", "--ollama", "http://gpu:11434");
        AppConfig read = CommandLineOptions.parse(args, java.nio.file.Path.of("/default"), url -> url);
        CommandLineOptions picocli = new CommandLineOptions();
        new CommandLine(picocli).parseArgs(args.toArray(String[]::new));
        assertThat(read.dataDir()).isEqualTo(picocli.dataDir);
        assertThat(read.ollamaUrl()).isEqualTo(picocli.ollamaUrl);
    }
}
