package org.llm4rec.explorer.app.download;

/**
 * How far a download has come.
 *
 * @param bytes          of the whole file, those kept from an earlier attempt included
 * @param total          the bytes expected, or -1 when the server does not say
 * @param resumedFrom    the bytes kept from an earlier attempt this one continues, 0 when it started afresh
 * @param bytesPerSecond of the bytes this attempt fetched, since it began
 */
public record DownloadProgress(long bytes, long total, long resumedFrom, double bytesPerSecond) {

    /** The progress after {@code elapsedNanos} of this attempt; the bytes kept from before do not count in the rate. */
    public static DownloadProgress of(long bytes, long total, long resumedFrom, long elapsedNanos) {
        return new DownloadProgress(bytes, total, resumedFrom,
                (bytes - resumedFrom) / Math.max(elapsedNanos / 1e9, 1e-3));
    }

    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) bytes / total);
    }

    public boolean resumed() {
        return resumedFrom > 0;
    }

    /** "1.2 of 4.9 MB · 850 KB/s". */
    public String describe() {
        return String.format("%.1f of %s MB · %,.0f KB/s", bytes / 1e6, total < 0 ? "?" : String.format("%.1f",
                total / 1e6), bytesPerSecond / 1e3);
    }

    /** "Resuming at 2.1 MB of 4.9 MB". */
    public String describeResume() {
        return String.format("Resuming at %.1f MB of %s", resumedFrom / 1e6,
                total < 0 ? "?" : String.format("%.1f MB", total / 1e6));
    }
}
