package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            assertThat(files).containsExactly(kept);
        }
    }

    /** A fresh JVM, as a start is: the first keeps the copy, the second loads SQLite from it. */
    @Test
    void aLaterStartLoadsTheKeptCopy() throws Exception {
        Path db = dir.resolve("data/explorer.db");
        assertThat(openInNewJvm(db)).isEqualTo("driver's own; schema " + Migrations.bundled().latest());
        Path kept = dir.resolve("data/native/sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(LibraryLoaderUtil.getNativeLibName());
        assertThat(kept).isRegularFile();

        assertThat(openInNewJvm(db)).isEqualTo(kept.getParent() + "; schema " + Migrations.bundled().latest());
    }

    private static String openInNewJvm(Path db) throws Exception {
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
