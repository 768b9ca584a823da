package org.llm4rec.explorer.dataset.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line like {@link java.io.BufferedReader#readLine()}, but never holds more than
 * {@link #MAX_LINE_CHARS} of one line: a longer line (a file with no line breaks, a zip of NUL bytes) is read past
 * and reported by {@link #tooLong()} instead of filling the memory.
 */
public final class LineReader implements Closeable {
    /** No real record comes near a million characters; a line beyond it is a broken or hostile file. */
    public static final int MAX_LINE_CHARS = 1 << 20;
    public static final String TOO_LONG = "a line longer than " + (MAX_LINE_CHARS >> 20) + " MB (" + MAX_LINE_CHARS
            + " characters), which no dataset row needs; the file is probably not text or has lost its line breaks";

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int end;
    private boolean afterCarriageReturn;
    private boolean tooLong;

    public LineReader(Reader in) {
        this(in, MAX_LINE_CHARS);
    }

    LineReader(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /**
     * The next line without its terminator (LF, CR or CRLF), or null at the end. A line longer than the bound is
     * returned as "" with {@link #tooLong()} set.
     */
    public String readLine() throws IOException {
        StringBuilder text = null;
        long length = 0;
        tooLong = false;
        while (true) {
            if (position >= end && !fill()) {
                if (text == null && length == 0) {
                    return null;
                }
                return tooLong ? "" : text.toString();
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int count = position - start;
            if (text == null && length == 0 && position < end && count <= max) {
                // The whole line is in the buffer (nearly every line): one copy instead of two.
                afterCarriageReturn = buffer[position++] == '\r';
                return new String(buffer, start, count);
            }
            length += count;
            if (length > max) {
                tooLong = true;
                text = null;
            } else if (!tooLong) {
                if (text == null) {
                    text = new StringBuilder(count);
                }
                text.append(buffer, start, count);
            }
            if (position < end) {
                afterCarriageReturn = buffer[position++] == '\r';
                return tooLong ? "" : text.toString();
            }
        }
    }

    /** Whether the line last returned was longer than the bound (and so returned empty). */
    public boolean tooLong() {
        return tooLong;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
