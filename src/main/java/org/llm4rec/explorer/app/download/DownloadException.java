package org.llm4rec.explorer.app.download;

/** A download that could not be done, with a message for people: what happened, the URL, and what to do. */
public class DownloadException extends RuntimeException {
    public DownloadException(String message) {
        super(message);
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
