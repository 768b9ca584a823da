package org.llm4rec.explorer.cli;

import java.io.PrintStream;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.dataset.imports.ImportProgress;

/** Prints import progress as a line about once a second: logs and terminals both read it. */
final class ProgressPrinter implements ImportListener {
    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintStream out;
    private long last;
    private String lastFile = "";

    ProgressPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(ImportProgress p) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS && p.file().equals(lastFile)) {
            return;
        }
        last = now;
        lastFile = p.file();
        out.println(describe(p));
    }

    @Override
    public void saving(long rows) {
        out.printf("saving %,d rows to the store (no longer cancellable)%n", rows);
    }

    static String describe(ImportProgress p) {
        return String.format("%-20s %3.0f%%  %s of %s  %,d rows  %,.0f rows/s", p.file(), p.fraction() * 100,
                megabytes(p.bytesRead()), megabytes(p.totalBytes()), p.rows(), p.rowsPerSecond());
    }

    /** "[#########.........]" for a fraction from 0 to 1. */
    static String bar(double fraction, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
