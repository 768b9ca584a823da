package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void keepsAnExactCopyOfTheDriversLibraryAndDropsEarlierVersions() throws IOException {
        Path earlier = Files.createDirectories(dir.resolve("sqlite-jdbc-0.0.1"));
        Files.writeString(earlier.resolve(LibraryLoaderUtil.getNativeLibName()), "old");

        Path kept = SqliteNativeLibrary.keep(dir);

        assertThat(kept).isEqualTo(dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(LibraryLoaderUtil.getNativeLibName()));
        try (InputStream bundled = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(kept)).isEqualTo(bundled.readAllBytes());
        }
        assertThat(earlier).doesNotExist();
        try (var files = Files.list(kept.getParent())) {
            assertThat(files).containsExactlyInAnyOrder(kept, kept.resolveSibling(kept.getFileName() + ".check"));
        }
        assertThat(SqliteNativeLibrary.intact(kept)).isTrue();
    }

    @Test
    void aCopyCutShortDamagedOrUnrecordedIsNotIntact() throws IOException {
        Path kept = SqliteNativeLibrary.keep(dir);
        byte[] whole = Files.readAllBytes(kept);

        Files.write(kept, Arrays.copyOf(whole, whole.length / 2));
        assertThat(SqliteNativeLibrary.intact(kept)).as("cut short").isFalse();

        byte[] damaged = whole.clone();
        damaged[whole.length / 2] ^= 0x5a;
        Files.write(kept, damaged);
        assertThat(SqliteNativeLibrary.intact(kept)).as("one byte changed").isFalse();

        Files.write(kept, whole);
        assertThat(SqliteNativeLibrary.intact(kept)).as("restored").isTrue();
        Files.delete(kept.resolveSibling(kept.getFileName() + ".check"));
        assertThat(SqliteNativeLibrary.intact(kept)).as("without its record").isFalse();
    }

    /** A fresh JVM, as a start is: the first makes the copy and loads SQLite from it, and so does the second. */
    @Test
    void aLaterStartLoadsTheKeptCopy() throws Exception {
        Path kept = firstStartKeepsACopy();
        assertThat(kept).isRegularFile();
        long made = Files.getLastModifiedTime(kept).toMillis();

        assertThat(openInNewJvm()).isEqualTo(openedWithLibraryFrom(kept.getParent()));
        assertThat(Files.getLastModifiedTime(kept).toMillis()).as("the copy is not made again").isEqualTo(made);
    }

    /**
     * A copy cut short (a full disk, a sync tool) used to crash every later start with SIGBUS while SQLite's
     * library was loaded; the start now makes the copy whole again and opens the store with it.
     * Each start runs in a JVM of its own, as a crash there cannot take the test runner with it.
     */
    @Test
    void aStartAfterTheKeptCopyWasCutShortOpensTheStoreAndRestoresTheCopy() throws Exception {
        Path kept = firstStartKeepsACopy();
        byte[] whole = Files.readAllBytes(kept);
        try (FileChannel file = FileChannel.open(kept, StandardOpenOption.WRITE)) {
            file.truncate(whole.length / 3);
        }

        assertThat(openInNewJvm()).isEqualTo(openedWithLibraryFrom(kept.getParent()));

        assertThat(Files.readAllBytes(kept)).isEqualTo(whole);
    }

    /** The first start in a new data folder keeps a copy of SQLite's library and loads it: the copy's path. */
    private Path firstStartKeepsACopy() throws Exception {
        Path kept = dir.resolve("data/native/sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(openInNewJvm()).isEqualTo(openedWithLibraryFrom(kept.getParent()));
        return kept;
    }

    private static String openedWithLibraryFrom(Object source) {
        return source + "; schema " + Migrations.bundled().latest();
    }

    private String openInNewJvm() throws Exception {
        Path db = dir.resolve("data/explorer.db");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenDatabase.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Opens the store the way the app does and says where SQLite's library came from. */
    static final class OpenDatabase {
        public static void main(String[] args) {
            try (Database db = Database.open(Path.of(args[0]))) {
                String path = System.getProperty("org.sqlite.lib.path");
                System.out.println((path == null ? "driver's own" : path) + "; schema " + db.schemaVersion());
            }
        }
    }
}
