package org.llm4rec.explorer.dataset;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records as RFC 4180 defines them: fields separated by commas, records by CRLF or LF; a field in
 * double quotes may hold commas, line breaks and doubled quotes. Strict where the RFC is: a quote inside an
 * unquoted field, text after a closing quote, or a quote left open are errors naming the line, because guessing
 * would silently shift columns.
 */
public final class CsvReader implements Closeable {
    private static final int EOF = -1;

    private final Reader in;
    private final String source;
    private int line = 1;
    private int recordLine;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean started;

    /**
     * @param in     the text, read to its end
     * @param source what to call it in error messages, usually the file name
     */
    public CsvReader(Reader in, String source) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
        this.source = source;
    }

    /** The next record's fields, or null at the end of the text. A blank line is a record of one empty field. */
    public List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == EOF) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.length() == 0) {
                c = readQuoted(field);
            } else {
                c = readPlain(field, c);
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            endRecord(c);
            return fields;
        }
    }

    /** The line on which the record last returned by {@link #next()} began. */
    public int recordLine() {
        return recordLine;
    }

    public String source() {
        return source;
    }

    /** Reads an unquoted field starting with {@code c}; returns the character after it. */
    private int readPlain(StringBuilder field, int c) throws IOException {
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
            if (c == '"') {
                throw new CsvFormatException(source, line, "a double quote inside an unquoted field"
                        + " (a field containing quotes must itself be in quotes, its quotes doubled)");
            }
            field.append((char) c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder field) throws IOException {
        int openedOn = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(source, openedOn,
                        "a quoted field opened on this line is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    field.append('"');
                    continue;
                }
                if (after != ',' && after != '\n' && after != '\r' && after != EOF) {
                    throw new CsvFormatException(source, line,
                            "text after the closing quote of a field (quotes inside a field must be doubled)");
                }
                return after;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endRecord(int c) throws IOException {
        if (c == '\r') {
            int after = read();
            if (after != '\n' && after != EOF) {
                pushedBack = after;
            }
        }
        if (c != EOF) {
            line++;
        }
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        return in.read();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
