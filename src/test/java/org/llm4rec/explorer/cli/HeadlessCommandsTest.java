package org.llm4rec.explorer.cli;

import org.llm4rec.explorer.boot.Wiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The subcommands as the jar runs them: exit codes, summary on stdout, one-line reasons on stderr. */
class HeadlessCommandsTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Command(name = "llm4rec-explorer", mixinStandardHelpOptions = true)
    static final class Root {
    }

    private int run(String... args) {
        CommandLine cli = Subcommands.addTo(new CommandLine(new Root()), Wiring::forCommand);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void importsAZipAndListsIt() throws Exception {
        Path zip = Fixtures.zip("ml-latest-small", dir);

        int code = run("import", zip.toString(), "--name", "Latest small", "--data-dir", dir.resolve("store").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("as \"Latest small\" (id latest-small)", "Format: MovieLens (CSV",
                "Users: 2", "Items: 4", "Interactions: 4", "Rows skipped: 2",
                "ratings.csv, line 6: the rating is not a number: 'abc'");
        out.getBuffer().setLength(0);

        assertThat(run("datasets", "--data-dir", dir.resolve("store").toString())).isZero();
        assertThat(out.toString()).contains("latest-small", "Latest small", "movie");
    }

    @Test
    void aFailureExitsNonZeroWithOneLine() {
        int code = run("import", dir.resolve("nothing-here").toString(), "--data-dir", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("import failed: Nothing to import at").doesNotContain("\n");
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import", "datasets");
    }
}
