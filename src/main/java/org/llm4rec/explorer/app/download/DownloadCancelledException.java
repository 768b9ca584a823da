package org.llm4rec.explorer.app.download;

/** The user cancelled the download; nothing of it was kept. */
public final class DownloadCancelledException extends DownloadException {
    public DownloadCancelledException(String url) {
        super("The download of " + url + " was cancelled; nothing was kept.");
    }
}
