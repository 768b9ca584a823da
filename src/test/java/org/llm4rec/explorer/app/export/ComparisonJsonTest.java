package org.llm4rec.explorer.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonJsonTest {
    @TempDir
    Path folder;

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Comparison original = HostileRuns.comparison();
        StringWriter out = new StringWriter();
        new ComparisonJson().write(original, out);

        Comparison read = new ComparisonJson().read(new StringReader(out.toString()), Path.of("x.json"));

        assertThat(read).isEqualTo(original);
        assertThat(out.toString()).contains("\"schema\" : \"" + ComparisonJson.SCHEMA + "\"",
                "\"schemaVersion\" : 1");
    }

    @Test
    void filesRoundTripThroughTheDisk() {
        Path file = folder.resolve("comparison.json");
        ComparisonFiles files = new ComparisonFiles();

        files.write(HostileRuns.comparison(), ExportFormat.JSON, file);

        assertThat(files.read(file)).isEqualTo(HostileRuns.comparison());
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void otherFilesAreRefusedWithPathAndReason() throws Exception {
        Path notJson = Files.writeString(folder.resolve("notes.json"), "hello, world");
        Path otherJson = Files.writeString(folder.resolve("other.json"), "{\"name\": \"x\"}");
        Path future = Files.writeString(folder.resolve("future.json"),
                "{\"schema\": \"" + ComparisonJson.SCHEMA + "\", \"schemaVersion\": 99, \"columns\": []}");
        ComparisonFiles files = new ComparisonFiles();

        assertThatThrownBy(() -> files.read(notJson)).isInstanceOf(ExportException.class)
                .hasMessageStartingWith(notJson.toAbsolutePath().toString()).hasMessageContaining("not readable JSON");
        assertThatThrownBy(() -> files.read(otherJson)).hasMessageContaining("not a comparison exported by");
        assertThatThrownBy(() -> files.read(future)).hasMessageContaining("schema version 99 is not supported");
        assertThatThrownBy(() -> files.read(folder.resolve("absent.json")))
                .hasMessageContaining("absent.json").hasMessageContaining("no such file");
    }

    @Test
    void unwritableFolderSaysWhere() {
        Path target = folder.resolve("missing-folder").resolve("comparison.html");

        assertThatThrownBy(() -> new ComparisonFiles().write(HostileRuns.comparison(), ExportFormat.HTML, target))
                .isInstanceOf(ExportException.class).hasMessageContaining(target.toString())
                .hasMessageContaining("cannot be written");
    }
}
