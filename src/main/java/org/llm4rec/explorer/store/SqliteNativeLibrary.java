package org.llm4rec.explorer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's native library, kept in a folder of its own and loaded from there. Otherwise the driver finds it anew
 * on every start — it runs {@code uname} to tell Android from Linux, then copies the library out of its jar into
 * the temporary folder and compares the copy byte by byte — 0.1–0.2 s of the start. A new data folder gets its
 * copy before its first connection: copying costs less than the driver's way, and every later start saves it.
 *
 * <p>A damaged copy must never be loaded: a truncated one crashes the JVM with SIGBUS on every start. Beside the
 * copy lies a record of the bundled library's size and CRC32, written when it was copied; a copy that disagrees
 * with it, or has none, is made again before this start loads it. CRC32 rather than SHA-256: in
 * a cold JVM, reading and checking the 1.1 MB copy (Linux x86-64) takes about 5 ms with it and 60–200 ms with
 * SHA-256, which runs interpreted that early; either finds a file cut short or damaged.
 */
final class SqliteNativeLibrary {
    private static final Logger log = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    private static final String PREFIX = "sqlite-jdbc-";
    private static final String RECORD_SUFFIX = ".check";
    /** The driver loads its library once per JVM: only the first database opened decides how. */
    private static final AtomicBoolean decided = new AtomicBoolean();

    private SqliteNativeLibrary() {
    }

    /**
     * Called before the first connection: points the driver at the kept copy in {@code folder}, making the copy
     * first when there is none or it is damaged: that costs a start less than the driver's own way, which also
     * copies the library and runs {@code uname} besides. When no copy can be made, the driver loads it its way.
     */
    static void useKeptCopy(Path folder) {
        if (!decided.compareAndSet(false, true) || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        Path kept = versionFolder(folder).resolve(LibraryLoaderUtil.getNativeLibName());
        if (!intact(kept)) {
            if (Files.exists(kept)) {
                log.warn("The kept copy of SQLite's library {} is damaged or unchecked; it is made again", kept);
            }
            kept = keep(folder);
        }
        if (kept != null) {
            System.setProperty("org.sqlite.lib.path", kept.getParent().toString());
            System.setProperty("org.sqlite.lib.name", kept.getFileName().toString());
        }
    }

    /** Whether the kept copy is there with the size and checksum recorded when it was copied. */
    static boolean intact(Path kept) {
        if (!Files.isRegularFile(kept)) {
            return false;
        }
        try {
            String expected = Files.readString(record(kept), StandardCharsets.US_ASCII).strip();
            long size = Files.size(kept);
            if (!expected.startsWith(size + " ")) {
                return false;   // cut short: known without reading it
            }
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(kept));
            return expected.equals(recordOf(size, crc));
        } catch (IOException e) {
            return false;   // no record: a copy kept by an earlier version, made again like a damaged one
        }
    }

    /**
     * Copies the driver's bundled library for this platform into {@code folder}, replacing a damaged copy, with
     * the record {@link #intact} checks it by; the copy's path, or null.
     */
    static Path keep(Path folder) {
        Path versionFolder = versionFolder(folder);
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (library == null) {
                return null;   // a platform the driver has no bundled library for: it uses the system's
            }
            Files.createDirectories(versionFolder);
            Path kept = versionFolder.resolve(name);
            CRC32 crc = new CRC32();
            // Named by the process rather than made by createTempFile, whose random names cost a start 15-20 ms
            // of seeding SecureRandom; one process keeps one copy at a time.
            String partName = "." + ProcessHandle.current().pid() + ".part";
            Path partial = versionFolder.resolve(name + partName);
            Path partialRecord = versionFolder.resolve(name + RECORD_SUFFIX + partName);
            try {
                long size = Files.copy(new CheckedInputStream(library, crc), partial,
                        StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(partialRecord, recordOf(size, crc), StandardCharsets.US_ASCII);
                // The record first: whichever move a crash or another start comes between, record and copy
                // disagree and the copy is made again, never loaded unchecked.
                moveInPlace(partialRecord, record(kept));
                if (!moveInPlace(partial, kept)) {
                    return null;   // the copy there is another start's, in use, and unchecked by this one
                }
            } finally {
                // Left only when copying failed (a full disk).
                Files.deleteIfExists(partial);
                Files.deleteIfExists(partialRecord);
            }
            removeOtherVersions(folder, versionFolder);
            return kept;
        } catch (IOException | RuntimeException e) {
            log.info("SQLite's native library is not kept in {}: {}", versionFolder, e.toString());
            return null;
        }
    }

    private static Path record(Path kept) {
        return kept.resolveSibling(kept.getFileName() + RECORD_SUFFIX);
    }

    private static String recordOf(long size, CRC32 crc) {
        return size + " crc32:" + Long.toHexString(crc.getValue());
    }

    private static Path versionFolder(Path folder) {
        return folder.resolve(PREFIX + SQLiteJDBCLoader.getVersion());
    }

    /** Whole or not at all: another start may load it while this one writes it. Whether it was moved. */
    private static boolean moveInPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            // A copy in use by another running start (Windows) stays; a later start checks it again.
            if (!Files.exists(target)) {
                throw e;
            }
            return false;
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
