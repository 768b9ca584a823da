package org.llm4rec.explorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.boot.Wiring;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import picocli.CommandLine;

/** The subcommands as the jar runs them: exit codes, summary on stdout, one-line reasons on stderr. */
class HeadlessCommandsTest {
    @TempDir
    Path dir;
    private final CommandRunner cli = new CommandRunner();

    @Test
    void importsAZipAndListsIt() throws Exception {
        Path zip = Fixtures.zip("ml-latest-small", dir);

        int code = cli.run("import", zip.toString(), "--name", "Latest small", "--data-dir", dir.resolve("store").toString());

        assertThat(code).isZero();
        assertThat(cli.out.toString()).contains("as \"Latest small\" (id latest-small)", "Format: MovieLens (CSV",
                "Users: 2", "Items: 4", "Interactions: 4", "Rows skipped: 2",
                "ratings.csv, line 6: the rating is not a number: 'abc'");
        cli.out.getBuffer().setLength(0);

        assertThat(cli.run("datasets", "--data-dir", dir.resolve("store").toString())).isZero();
        assertThat(cli.out.toString()).contains("latest-small", "Latest small", "movie");
    }

    @Test
    void aFailureExitsNonZeroWithOneLine() {
        int code = cli.run("import", dir.resolve("nothing-here").toString(), "--data-dir", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString().strip()).startsWith("import failed: Nothing to import at").doesNotContain("\n");
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out.toString()).contains("import", "datasets");
    }

    @Test
    void everySubcommandsHelpIsPrintedAsWrittenWithoutFormatWarnings() {
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        // picocli reports a description it cannot format (a lone "%") on the process's error stream.
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            CommandLine root = Subcommands.addFor(List.of(), new CommandLine(new CommandRunner.Root()),
                    Wiring::forCommand);
            for (String name : root.getSubcommands().keySet()) {
                assertThat(cli.run(name, "--help")).as(name).isZero();
            }
        } finally {
            System.setErr(original);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
        assertThat(cli.out.toString()).contains("95% bootstrap interval").doesNotContain("%n");
    }
}
