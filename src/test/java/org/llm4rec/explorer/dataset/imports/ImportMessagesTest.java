package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a file cannot be read, the message names that file and the cause, in words. */
class ImportMessagesTest {
    @TempDir
    Path dir;

    private static void importFrom(Path path) throws IOException {
        try (DatasetSource source = DatasetSource.open(path)) {
            DatasetImporter.run(source, Formats.detect(source), new RecordingSink(), ImportListener.NONE, () -> false);
        }
    }

    @Test
    void aTruncatedGzipInAFolderIsNamedItselfNotTheFolder() throws IOException {
        Path folder = Fixtures.gzipped("ml-latest-small", dir);
        Path ratings = folder.resolve("ratings.csv.gz");
        byte[] whole = Files.readAllBytes(ratings);
        Files.write(ratings, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> importFrom(folder)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Reading " + ratings + " failed: the file ends too early (")
                .hasMessageEndingWith("it is probably truncated, download it again");
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads every file").isNotEqualTo("root");
        Path folder = Fixtures.copy("ml-latest-small", dir);
        Path ratings = folder.resolve("ratings.csv");
        Files.setPosixFilePermissions(ratings, PosixFilePermissions.fromString("---------"));

        assertThatThrownBy(() -> importFrom(folder)).isInstanceOf(ImportException.class)
                .hasMessage("Reading " + ratings + " failed: permission denied: this user may not read " + ratings);
    }

    @Test
    void theJdksPathOnlyMessagesAreGivenTheirCause() {
        // As root (in containers) no file is unreadable, so the translation is also checked on its own.
        assertThat(ImportException.reason(new java.nio.file.AccessDeniedException("/data/ratings.csv")))
                .isEqualTo("permission denied: this user may not read /data/ratings.csv");
        assertThat(ImportException.reason(new java.nio.file.NoSuchFileException("/data/ratings.csv")))
                .isEqualTo("no such file: /data/ratings.csv");
    }

    @Test
    void twoColumnsOfTheSameNameAreRefusedInsteadOfReadingTheFirst() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        Files.writeString(folder.resolve("ratings.csv"), "userId,movieId,rating,Rating,timestamp\n1,1,4.0,2.0,964982703\n");

        assertThatThrownBy(() -> importFrom(folder)).isInstanceOf(ImportException.class)
                .hasMessage("ratings.csv has two columns named 'rating' (columns 3 and 4), so which one to read is"
                        + " unclear: rename one.");
    }

    @Test
    void aMalformedMappingFileSaysWhereInPlainWords() throws IOException {
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, "{\"columns\": {\"user\": \"uid\",\n \"item\": }}");

        assertThatThrownBy(() -> MappingSpec.readJson(mapping, dir.resolve("ratings.tsv")))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("The mapping file " + mapping + " is not valid JSON (line 2, column ")
                .hasMessageNotContaining("Source").hasMessageNotContaining("REDACTED");
    }
}
