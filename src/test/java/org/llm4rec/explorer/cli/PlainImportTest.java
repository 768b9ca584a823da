package org.llm4rec.explorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.boot.Wiring;
import org.llm4rec.explorer.dataset.imports.Fixtures;

/** {@code import PATH [--name NAME] [--data-dir DIR]} as the launcher runs it without picocli. */
class PlainImportTest {
    @TempDir
    Path dir;

    @Test
    void readsThePlainFormInAnyOrderAndLeavesEverythingElseToPicocli() {
        ImportCommand command = plain("import", "--data-dir", "/data", "ml-1m.zip", "--name=MovieLens 1M").orElseThrow();
        assertThat(command.path).isEqualTo(Path.of("ml-1m.zip"));
        assertThat(command.name).isEqualTo("MovieLens 1M");
        assertThat(command.store.dataDir).isEqualTo(Path.of("/data"));
        assertThat(plain("import", "ratings.dat").orElseThrow().store.dataDir).isNull();

        for (List<String> args : List.<List<String>>of(List.of(), List.of("datasets"), List.of("import"), List.of("import", "-h"),
                List.of("import", "a", "b"), List.of("import", "a", "--name"), List.of("import", "a", "--name", "-x"),
                List.of("import", "a", "--name", "x", "--name", "y"), List.of("import", "a", "--map", "user=u,item=i"),
                List.of("import", "@args.txt"), List.of("--data-dir", "/data", "import", "a"),
                List.of("import", "a", "--data-dir", "\0"))) {
            assertThat(ImportCommand.plain(args, Wiring::forCommand)).as(args.toString()).isEmpty();
        }
    }

    @Test
    void printsWhatTheSameImportThroughPicocliPrints() {
        String folder = Fixtures.folder("ml-1m").toString();
        CommandRunner picocli = new CommandRunner();
        assertThat(picocli.run("import", folder, "--name", "One", "--data-dir", dir.resolve("a").toString())).isZero();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = plain("import", folder, "--name", "One", "--data-dir", dir.resolve("b").toString()).orElseThrow()
                .runPlain(new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(withoutStoreAndTime(out.toString())).isEqualTo(withoutStoreAndTime(picocli.out.toString()))
                .contains("as \"One\" (id one)", "Interactions: 3", "Rows skipped: 2");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailureExitsWithTheOneLinePicocliPrints() {
        String missing = dir.resolve("nothing-here").toString();
        CommandRunner picocli = new CommandRunner();
        assertThat(picocli.run("import", missing, "--data-dir", dir.toString())).isEqualTo(1);

        StringWriter err = new StringWriter();
        int code = plain("import", missing, "--data-dir", dir.toString()).orElseThrow()
                .runPlain(new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(picocli.err.toString()).startsWith("import failed: Nothing to import at");
    }

    private static Optional<ImportCommand> plain(String... args) {
        return ImportCommand.plain(List.of(args), Wiring::forCommand);
    }

    private static String withoutStoreAndTime(String summary) {
        return summary.replaceAll(" into .*", "").replaceAll("Took .*", "");
    }
}
