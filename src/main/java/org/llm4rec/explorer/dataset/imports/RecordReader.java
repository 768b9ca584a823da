package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited text file record by record, fast: a line is split on its separator, and only when quoting is
 * on and the line holds a double quote is it parsed by RFC 4180's rules (quoted fields may hold separators,
 * doubled quotes and line breaks). Undecodable bytes become U+FFFD, so that one bad row can be skipped and named
 * instead of failing the file.
 */
public final class RecordReader implements AutoCloseable {
    private final LineReader in;
    private final String separator;
    private final boolean quoted;
    private long line;
    private long recordLine;
    private String problem;

    public RecordReader(InputStream in, Charset charset, String separator, boolean quoted) {
        this.in = new LineReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        this.separator = separator;
        this.quoted = quoted;
    }

    public static RecordReader utf8(InputStream in, String separator, boolean quoted) {
        return new RecordReader(in, StandardCharsets.UTF_8, separator, quoted);
    }

    /**
     * The next record's fields, or null at the end. Blank lines are passed over. When the record is malformed
     * (an unclosed quote, bad encoding) the fields are returned and {@link #problem()} says what is wrong.
     */
    public List<String> next() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank() && !in.tooLong());
        recordLine = line;
        if (in.tooLong()) {
            problem = LineReader.TOO_LONG;
            return List.of("");
        }
        problem = text.indexOf('\uFFFD') >= 0 ? "bad encoding (bytes that are not valid text in this file's "
                + "encoding)" : null;
        if (quoted && text.indexOf('"') >= 0) {
            return parseQuoted(text);
        }
        return split(text, separator);
    }

    /** Whether the record last returned was a line too long to read (see {@link LineReader}). */
    public boolean tooLong() {
        return in.tooLong();
    }

    /** What is wrong with the record last returned, or null. */
    public String problem() {
        return problem;
    }

    /** The line the record last returned began on, from 1. */
    public long recordLine() {
        return recordLine;
    }

    /** Splits on every occurrence of the separator; fields are not trimmed. */
    public static List<String> split(String text, String separator) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = text.indexOf(separator, start)) >= 0) {
            fields.add(text.substring(start, at));
            start = at + separator.length();
        }
        fields.add(text.substring(start));
        return fields;
    }

    private List<String> parseQuoted(String first) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String text = first;
        int i = 0;
        boolean inQuotes = false;
        boolean wasQuoted = false;
        long length = text.length();
        while (true) {
            if (i >= text.length()) {
                if (!inQuotes) {
                    fields.add(field.toString());
                    return fields;
                }
                String more = in.readLine();
                if (more == null) {
                    problem = "a quoted field opened on line " + recordLine + " is never closed";
                    fields.add(field.toString());
                    return fields;
                }
                line++;
                length += more.length() + 1;
                if (in.tooLong() || length > LineReader.MAX_LINE_CHARS) {
                    problem = "a quoted field opened on line " + recordLine + " runs on for more than "
                            + LineReader.MAX_LINE_CHARS + " characters (its closing quote is probably missing)";
                    return List.of("");
                }
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (text.startsWith(separator, i)) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                i += separator.length();
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
                i++;
            } else {
                if (c == '"' && problem == null) {
                    problem = "a double quote inside an unquoted field (quotes inside a field must be doubled"
                            + " and the field quoted)";
                }
                field.append(c);
                i++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
