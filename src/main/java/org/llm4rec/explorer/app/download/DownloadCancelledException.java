package org.llm4rec.explorer.app.download;

/** The user cancelled the download; what had arrived is kept when the next download can continue from it. */
public final class DownloadCancelledException extends DownloadException {
    public DownloadCancelledException(String url, long kept) {
        super(kept > 0
                ? String.format("Cancelled; %.1f MB of %s kept — Download and import continues from there.",
                        kept / 1e6, url)
                : "The download of " + url + " was cancelled; nothing was kept.");
    }
}
