package org.llm4rec.explorer.dataset;

import java.io.IOException;

/** A CSV file is not well formed; the message names the file and the line, counted from 1. */
public final class CsvFormatException extends IOException {
    private final String source;
    private final int line;

    public CsvFormatException(String source, int line, String problem) {
        super(source + ", line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
