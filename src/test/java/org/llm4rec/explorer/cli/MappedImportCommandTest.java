package org.llm4rec.explorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.dataset.imports.Fixtures;

/** {@code import FILE --map …}: roles on the command line or in a mapping JSON file, and a wrong mapping. */
class MappedImportCommandTest {
    private static final Path ODD = Fixtures.folder("mapped").resolve("odd-columns.tsv");

    @TempDir
    Path dir;
    private final CommandRunner cli = new CommandRunner();

    @Test
    void rolesOnTheCommandLine() {
        int code = cli.run("import", ODD.toString(), "--map", "user=who,item=what,rating=stars,timestamp=when_utc,"
                + "title=label,creator=made_by,categories=kinds", "--categories-separator", ";",
                "--data-dir", dir.toString());

        assertThat(code).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("as \"odd-columns\"", "Format: Mapped columns (tab-separated",
                "Users: 3", "Items: 4", "Interactions: 8", "Rows skipped: 1",
                "odd-columns.tsv, line 6: the rating 'n/a' is not a number");
    }

    @Test
    void aMappingFileWithASeparateItemsFile() throws Exception {
        Files.copy(Fixtures.folder("mapped").resolve("odd-items.csv"), dir.resolve("odd-items.csv"));
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, """
                {"columns": {"user": "who", "item": "what", "rating": "stars"},
                 "categorySeparator": "|",
                 "items": {"file": "odd-items.csv", "columns": {"item": "book", "title": "name", "year": "published",
                           "categories": "tags"}}}
                """);

        int code = cli.run("import", ODD.toString(), "--map", mapping.toString(), "--name", "Books",
                "--data-dir", dir.resolve("store").toString());

        assertThat(code).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("as \"Books\"", "Items: 4", "Interactions: 8");
    }

    @Test
    void aWrongMappingFailsWithOneLineNamingTheLineAndValue() {
        int code = cli.run("import", ODD.toString(), "--map", "user=who,item=what,rating=label",
                "--data-dir", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString().strip()).startsWith("import failed: 9 of the first 9 rows of odd-columns.tsv"
                + " cannot be read").contains("line 2: the rating 'The Hobbit (1937)' is not a number")
                .doesNotContain("\n");
        assertThat(cli.run("import", ODD.toString(), "--map", "user=who,thing=what", "--data-dir", dir.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("Unknown role 'thing'");
    }
}
