package org.llm4rec.explorer.dataset.imports;

/**
 * How far an import has come.
 *
 * @param file          the file being read
 * @param bytesRead     bytes read so far over all files (as stored, so compressed for .gz)
 * @param totalBytes    bytes of all the files the format reads
 * @param rows          rows read so far over all files
 * @param rowsPerSecond rows per second since the import began
 */
public record ImportProgress(String file, long bytesRead, long totalBytes, long rows, double rowsPerSecond) {
    /** Between 0 and 1. */
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }
}
