package org.llm4rec.explorer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's native library, kept in a folder of its own so that later starts load it from there. Otherwise the
 * driver finds it anew on every start — it runs {@code uname} to tell Android from Linux, then copies the library
 * out of its jar into the temporary folder — 0.1–0.2 s of the start on the thread the window waits for. The
 * first start of a driver version loads as the driver does and keeps a copy afterwards, off that thread; when
 * the kept copy cannot be loaded the driver falls back to its own way.
 */
final class SqliteNativeLibrary {
    private static final Logger log = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String PREFIX = "sqlite-jdbc-";
    /** The driver loads its library once per JVM: only the first database opened decides how. */
    private static final AtomicBoolean decided = new AtomicBoolean();
    private static volatile Thread keeping;

    private SqliteNativeLibrary() {
    }

    /**
     * Called before the first connection: points the driver at the kept copy in {@code folder} when there is
     * one, else starts keeping one there in the background.
     */
    static void useKeptCopy(Path folder) {
        if (!decided.compareAndSet(false, true) || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        Path versionFolder = versionFolder(folder);
        String name = LibraryLoaderUtil.getNativeLibName();
        if (Files.isRegularFile(versionFolder.resolve(name))) {
            System.setProperty("org.sqlite.lib.path", versionFolder.toString());
            System.setProperty("org.sqlite.lib.name", name);
            return;
        }
        // Not a daemon: a start that ends at once still finishes the copy rather than leave half of one.
        Thread thread = new Thread(() -> keep(folder), "llm4rec-sqlite-library");
        thread.setPriority(Thread.MIN_PRIORITY);
        keeping = thread;
        thread.start();
    }

    /** Waits (a few seconds at most) for a copy being kept to be complete. */
    static void awaitKeeping() {
        Thread thread = keeping;
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies the driver's bundled library for this platform into {@code folder}; the copy's path, or null. */
    static Path keep(Path folder) {
        Path versionFolder = versionFolder(folder);
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (library == null) {
                return null;   // a platform the driver has no bundled library for: it uses the system's
            }
            Files.createDirectories(versionFolder);
            Path partial = Files.createTempFile(versionFolder, name, ".part");
            Path kept = versionFolder.resolve(name);
            try {
                Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
                moveInPlace(partial, kept);
            } finally {
                Files.deleteIfExists(partial);   // left only when copying failed (a full disk)
            }
            removeOtherVersions(folder, versionFolder);
            return kept;
        } catch (IOException | RuntimeException e) {
            log.info("SQLite's native library is not kept in {}: {}", versionFolder, e.toString());
            return null;
        }
    }

    private static Path versionFolder(Path folder) {
        return folder.resolve(PREFIX + SQLiteJDBCLoader.getVersion());
    }

    /** Whole or not at all: another start may load it while this one writes it. */
    private static void moveInPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(target)) {
                throw e;
            }
        }
    }

    /** Copies of earlier driver versions are never loaded again. */
    private static void removeOtherVersions(Path folder, Path keep) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path version : versions) {
                if (!version.equals(keep)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(version)) {
                        for (Path file : files) {
                            Files.deleteIfExists(file);
                        }
                    }
                    Files.deleteIfExists(version);
                }
            }
        } catch (IOException e) {
            // A library still in use by an older running version (Windows): left for a later start.
            log.info("Keeping an earlier SQLite library: {}", e.toString());
        }
    }
}
