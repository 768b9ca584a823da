package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import org.llm4rec.explorer.domain.EchoedText;

/** The import cannot go on: a required file or column is missing, the format is unknown, or reading failed. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(EchoedText.message(message));
    }

    public ImportException(String message, Throwable cause) {
        super(EchoedText.message(message), cause);
    }

    /**
     * What went wrong reading a file, in words: the JDK's messages for some failures are only the path (an
     * unreadable file says "/data/ratings.csv") or only the stream's view ("Unexpected end of ZLIB input stream").
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: this user may not read " + e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof java.io.EOFException) {
            return "the file ends too early (" + e.getMessage() + "); it is probably truncated, download it again";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
