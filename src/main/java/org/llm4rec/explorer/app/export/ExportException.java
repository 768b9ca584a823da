package org.llm4rec.explorer.app.export;

import java.nio.file.Path;

/** An export that could not be written or read, saying which file and why. */
public final class ExportException extends RuntimeException {
    public ExportException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }

    public ExportException(Path file, String reason) {
        this(file, reason, null);
    }
}
