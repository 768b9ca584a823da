package org.llm4rec.explorer.dataset.imports;

/** The import cannot go on: a required file or column is missing, the format is unknown, or reading failed. */
public class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
