package org.llm4rec.explorer.dataset.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses compressed files that expand far beyond what data does. Rating and review files compress about 3 to 10
 * times; a zip bomb (gigabytes of NUL bytes in a few megabytes) about a thousand. A zip entry is checked against
 * the sizes it declares before it is read, and every compressed stream (zip entry or .gz) against its stored size
 * while it is read, since declared sizes can lie.
 */
final class Expansion {
    /** Far above any real dataset file, far below a bomb. */
    static final int MAX_RATIO = 100;
    /** Tiny files may compress well (a header and a few rows); below this much output no ratio is enforced. */
    static final long FREE_BYTES = 16L << 20;

    private Expansion() {
    }

    /** The most bytes a file of this stored (compressed) size may expand to. */
    static long limit(long storedBytes) {
        return Math.max(FREE_BYTES, storedBytes * MAX_RATIO);
    }

    /** Refuses a zip entry whose declared sizes already exceed the ratio. */
    static void checkDeclared(String path, long size, long compressedSize) {
        if (size > 0 && compressedSize > 0 && size > limit(compressedSize)) {
            throw refused(path, size, compressedSize);
        }
    }

    /** The decompressed stream, failing once it yields more than the stored size allows. */
    static InputStream bounded(String path, InputStream inflated, long storedBytes) {
        long limit = limit(storedBytes);
        return new FilterInputStream(inflated) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            private void counted(int n) {
                count += n;
                if (count > limit) {
                    throw refused(path, count, storedBytes);
                }
            }
        };
    }

    private static ImportException refused(String path, long expanded, long stored) {
        return new ImportException(path + " is refused: it expands from " + megabytes(stored) + " to more than "
                + megabytes(expanded) + " (over " + MAX_RATIO + " times its compressed size), which no dataset "
                + "file does; it is damaged or built to exhaust memory (a \"zip bomb\").");
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? bytes + " bytes" : (bytes >> 20) + " MB";
    }
}
