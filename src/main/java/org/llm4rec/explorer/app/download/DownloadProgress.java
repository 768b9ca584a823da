package org.llm4rec.explorer.app.download;

/**
 * How far a download has come.
 *
 * @param total          the bytes expected, or -1 when the server does not say
 * @param bytesPerSecond since the download began
 */
public record DownloadProgress(long bytes, long total, double bytesPerSecond) {
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) bytes / total);
    }

    /** "1.2 of 4.9 MB · 850 KB/s". */
    public String describe() {
        return String.format("%.1f of %s MB · %,.0f KB/s", bytes / 1e6, total < 0 ? "?" : String.format("%.1f",
                total / 1e6), bytesPerSecond / 1e3);
    }
}
