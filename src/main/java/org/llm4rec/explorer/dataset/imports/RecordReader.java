package org.llm4rec.explorer.dataset.imports;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delimited text file record by record. Quoted layouts (CSV) are parsed by FastCSV as RFC 4180 defines
 * them: quoted fields may hold separators, doubled quotes and line breaks, and a byte order mark is honoured.
 * Layouts without quoting, such as MovieLens's {@code ::}-separated .dat files, are not CSV: a double quote there
 * is text, so their lines are split on the separator. Blank lines are passed over. A double quote inside an
 * unquoted CSV field is text, as spreadsheets and pandas read it. A malformed record (bytes that are not valid
 * text, a quote left open) is returned with {@link #problem()} saying what is wrong, so that one bad row can be
 * skipped and named instead of failing the file.
 */
public final class RecordReader implements AutoCloseable {
    private static final String BAD_ENCODING = "bad encoding (bytes that are not valid text in this file's encoding)";
    private static final Pattern PARSER_LINE = Pattern.compile("line (\\d+)");

    private final Records records;
    /** The separator of a layout without quoting, whose records are lines; null for CSV. */
    private final String lineSeparator;
    private long recordLine;
    private String problem;
    private boolean tooLong;

    public RecordReader(InputStream in, Charset charset, String separator, boolean quoted) {
        this.records = quoted ? new CsvRecords(in, charset, separator) : new SplitLines(in, charset, separator);
        this.lineSeparator = quoted ? null : separator;
    }

    public static RecordReader utf8(InputStream in, String separator, boolean quoted) {
        return new RecordReader(in, StandardCharsets.UTF_8, separator, quoted);
    }

    /**
     * The next record's fields, or null at the end. When the record is malformed the fields are returned and
     * {@link #problem()} says what is wrong; after a quote left open nothing follows.
     */
    public List<String> next() throws IOException {
        return records.next();
    }

    /**
     * For a layout without quoting, whose records are lines split on {@link #separator()}: the next record's line
     * as {@link #next()} would split it, or null at the end; a line too long to read is "" with {@link #problem()}
     * saying so. Lets a reader of numbers take them from the line without making a string of each field.
     */
    public String nextLine() throws IOException {
        if (!(records instanceof SplitLines lines)) {
            throw new IllegalStateException("CSV records may span lines: read them with next()");
        }
        return lines.nextLine();
    }

    /** The separator of a layout without quoting, or null for CSV (whose records {@link #nextLine} cannot give). */
    public String separator() {
        return lineSeparator;
    }

    /** Whether the record last returned was a line too long to read (see {@link LineReader}). */
    public boolean tooLong() {
        return tooLong;
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

    @Override
    public void close() throws IOException {
        records.close();
    }

    private interface Records extends Closeable {
        List<String> next() throws IOException;
    }

    /** Lines split on the separator, for layouts without quoting. */
    private final class SplitLines implements Records {
        private final LineReader in;
        private final String separator;
        private long line;

        SplitLines(InputStream in, Charset charset, String separator) {
            this.in = new LineReader(decoding(in, charset));
            this.separator = separator;
        }

        @Override
        public List<String> next() throws IOException {
            String text = nextLine();
            if (text == null) {
                return null;
            }
            return tooLong ? List.of("") : split(text, separator);
        }

        String nextLine() throws IOException {
            String text;
            do {
                text = in.readLine();
                line++;
                if (text == null) {
                    return null;
                }
            } while (text.isBlank() && !in.tooLong());
            recordLine = line;
            tooLong = in.tooLong();
            if (tooLong) {
                problem = LineReader.TOO_LONG;
                return "";
            }
            if (line == 1 && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            problem = text.indexOf('\uFFFD') >= 0 ? BAD_ENCODING : null;
            return text;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * CSV records parsed by FastCSV, fed line by line through {@link BoundedLines}: a line too long to hold is
     * reported as a bad row where it stood, and the records after it are read as usual.
     */
    private final class CsvRecords implements Records {
        private final FieldsHandler handler = new FieldsHandler();
        private final BoundedLines lines;
        private final CsvReader<List<String>> csv;
        private final CloseableIterator<List<String>> iterator;
        private boolean ended;
        private List<String> pending;
        private long pendingLine;
        private String pendingProblem;

        @SuppressWarnings("removal")
        CsvRecords(InputStream in, Charset charset, String separator) {
            CsvReader.CsvReaderBuilder builder = CsvReader.builder()
                    .fieldSeparator(separator)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .allowUnclosedQuote(false)
                    // A quoted field left open would otherwise gather the rest of the file into memory.
                    .maxBufferSize(LineReader.MAX_LINE_CHARS);
            if (separator.length() == 1) {
                // Text after a closing quote ("x"y) is joined to the field, as Excel and pandas read it. Refusing it
                // would stop the parser, and every later row of the file would be lost for one stray character.
                // (FastCSV marks this option for removal in its next major version; its multi-character
                // separators use a parser that lacks it.)
                builder.allowExtraCharsAfterClosingQuote(true);
            }
            this.lines = new BoundedLines(new LineReader(decoding(in, charset)));
            this.csv = builder.build(handler, lines);
            this.iterator = csv.iterator();
        }

        @Override
        public List<String> next() throws IOException {
            if (pending == null && !ended) {
                fetch();
            }
            Long tooLongAt = lines.tooLong.peek();
            if (tooLongAt != null && (pending == null || tooLongAt < pendingLine)) {
                lines.tooLong.poll();
                recordLine = tooLongAt;
                problem = LineReader.TOO_LONG;
                tooLong = true;
                return List.of("");
            }
            if (pending == null) {
                return null;
            }
            List<String> fields = pending;
            pending = null;
            recordLine = pendingLine;
            problem = pendingProblem;
            tooLong = false;
            return fields;
        }

        private void fetch() throws IOException {
            try {
                if (!iterator.hasNext()) {
                    ended = true;
                    return;
                }
                pending = iterator.next();
                pendingLine = handler.line;
                pendingProblem = handler.problem;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (CsvParseException e) {
                // FastCSV wraps what the stream threw (a refused zip bomb, a broken file): that is not a bad row.
                if (e.getCause() instanceof ImportException refused) {
                    throw refused;
                }
                if (e.getCause() instanceof IOException broken) {
                    throw broken;
                }
                // The parser cannot go on after this; the rest of the file belongs to the broken record.
                ended = true;
                String message = String.valueOf(e.getMessage());
                Matcher line = PARSER_LINE.matcher(message);
                pendingLine = line.find() ? Long.parseLong(line.group(1)) : recordLine + 1;
                pending = List.of();
                if (message.startsWith("Unclosed quoted field")) {
                    pendingProblem = "a quoted field opened on line " + pendingLine + " is never closed";
                } else if (message.contains("buffer size")) {
                    pendingProblem = "a quoted field opened on line " + pendingLine + " runs on for more than "
                            + (LineReader.MAX_LINE_CHARS >> 20) + " MB without closing";
                } else {
                    pendingProblem = "not readable as CSV: " + message;
                }
            }
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /**
     * The file's text as FastCSV reads it, one line at a time and none longer than {@link LineReader}'s bound: a
     * longer line is handed on as an empty one (which FastCSV passes over) and its number kept, so that it is
     * reported where it stood. A byte order mark at the start is dropped.
     */
    private static final class BoundedLines extends Reader {
        private final LineReader in;
        private final ArrayDeque<Long> tooLong = new ArrayDeque<>();
        private String current = "";
        private int position;
        private long line;

        BoundedLines(LineReader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (position >= current.length()) {
                String next = in.readLine();
                if (next == null) {
                    return -1;
                }
                line++;
                if (in.tooLong()) {
                    tooLong.add(line);
                } else if (line == 1 && !next.isEmpty() && next.charAt(0) == '\uFEFF') {
                    next = next.substring(1);
                }
                current = next + "\n";
                position = 0;
            }
            int count = Math.min(length, current.length() - position);
            current.getChars(position, position + count, buffer, offset);
            position += count;
            return count;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static Reader decoding(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Builds each record as a list of strings and notes its line and what is wrong with it. */
    private static final class FieldsHandler extends AbstractBaseCsvCallbackHandler<List<String>> {
        /** Reused from record to record; each record gets a copy of exactly its length. */
        private String[] fields = new String[16];
        private boolean anyQuoted;
        private long line;
        private String problem;

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            problem = null;
            anyQuoted = false;
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            String field = new String(buf, offset, len);
            // Nearly free: a field held as Latin-1 (most are) cannot contain U+FFFD, and indexOf knows it.
            if (problem == null && field.indexOf('\uFFFD') >= 0) {
                problem = BAD_ENCODING;
            }
            anyQuoted |= quoted;
            if (fieldIdx == fields.length) {
                fields = Arrays.copyOf(fields, fields.length * 2);
            }
            fields[fieldIdx] = field;
        }

        /** Empty lines and lines of nothing but spaces are passed over (null: FastCSV reads on). */
        @Override
        protected List<String> buildRecord() {
            int count = getFieldCount();
            if (getRecordType() != RecordType.DATA || count == 1 && !anyQuoted && fields[0].isBlank()) {
                return null;
            }
            return Arrays.asList(Arrays.copyOf(fields, count));
        }
    }
}
