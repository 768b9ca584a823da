package org.llm4rec.explorer.dataset.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One file of a dataset as it was downloaded: in a folder, inside a zip, or gzip-compressed.
 *
 * @param path   where it is, for messages (a file path, or zip name + entry)
 * @param name   its base name without a trailing {@code .gz} ("u.data", "meta_Books.jsonl")
 * @param size   its size in bytes as stored (compressed for .gz), which is what progress counts
 * @param opener opens the stored bytes; {@link #open()} decompresses .gz
 */
public record SourceFile(String path, String name, long size, boolean gzipped, Opener opener) {

    /** Opens the bytes as stored. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** Bytes already in memory, such as a file shipped inside the app; named after the last part of the path. */
    public static SourceFile inMemory(String path, byte[] bytes) {
        return of(path, path, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    static SourceFile of(String path, String storedName, long size, Opener opener) {
        String base = storedName.substring(storedName.lastIndexOf('/') + 1);
        boolean gz = base.toLowerCase(Locale.ROOT).endsWith(".gz");
        return new SourceFile(path, gz ? base.substring(0, base.length() - 3) : base, size, gz, opener);
    }

    /** The file's text: decompressed when .gz, and refused when it expands beyond any real dataset's ratio. */
    public InputStream openText(InputStream stored) throws IOException {
        return gzipped ? Expansion.bounded(path, new GZIPInputStream(stored, 1 << 16), size) : stored;
    }

    /** The name in lower case, for matching. */
    public String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }

    public boolean hasExtension(String extension) {
        return lowerName().endsWith("." + extension);
    }
}
