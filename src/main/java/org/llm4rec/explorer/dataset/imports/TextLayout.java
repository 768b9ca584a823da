package org.llm4rec.explorer.dataset.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a text file of records is written: JSON lines, or fields split by a delimiter (optionally quoted, with or
 * without a header row), and its encoding.
 */
public record TextLayout(boolean json, String delimiter, boolean quoted, boolean header, Charset charset) {
    /** Tried in this order; "::" before the single characters it is made of. */
    static final List<String> DELIMITERS = List.of("\t", "::", ",", ";", "|");
    private static final int LINES_TO_STUDY = 50;
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    public static TextLayout jsonLines(Charset charset) {
        return new TextLayout(true, "", false, true, charset);
    }

    public TextLayout withDelimiter(String value) {
        return new TextLayout(json, value, quoted, header, charset);
    }

    public TextLayout withQuoted(boolean value) {
        return new TextLayout(json, delimiter, value, header, charset);
    }

    public TextLayout withHeader(boolean value) {
        return new TextLayout(json, delimiter, quoted, value, charset);
    }

    /** For people: "tab-separated, quoted fields, header row, UTF-8". */
    public String describe() {
        if (json) {
            return "JSON lines, " + charset.displayName();
        }
        return delimiterName(delimiter) + "-separated" + (quoted ? ", quoted fields" : "")
                + (header ? ", header row" : ", no header row") + ", " + charset.displayName();
    }

    public static String delimiterName(String delimiter) {
        return switch (delimiter) {
            case "\t" -> "tab";
            case "," -> "comma";
            case ";" -> "semicolon";
            case "|" -> "pipe";
            case " " -> "space";
            default -> "'" + delimiter + "'";
        };
    }

    /**
     * Works out the layout from the first bytes of a file: JSON when the first record is an object; else the
     * delimiter found the same number of times on most lines; quoting when a field starts with a double quote;
     * a header when the first row has text where the rows below have numbers, or repeats none of their values.
     */
    public static TextLayout detect(byte[] head) {
        Charset charset = Values.charsetOf(head);
        String text = new String(head, charset);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        // A sample that stops mid-line was cut short there.
        if (lines.size() > 2 && !text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        lines = lines.subList(0, Math.min(lines.size(), LINES_TO_STUDY));
        if (!lines.isEmpty() && lines.get(0).stripLeading().startsWith("{")) {
            return jsonLines(charset);
        }
        String delimiter = delimiter(lines);
        boolean quoted = lines.stream().anyMatch(l -> l.startsWith("\"") || l.contains(delimiter + "\""));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(RecordReader.split(line, delimiter));
        }
        return new TextLayout(false, delimiter, quoted, hasHeader(rows), charset);
    }

    private static String delimiter(List<String> lines) {
        String best = ",";
        double bestScore = 0;
        for (String candidate : DELIMITERS) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String line : lines) {
                counts.merge(count(line, candidate), 1, Integer::sum);
            }
            // The most common count, weighted by how many lines share it; a delimiter absent from a line scores 0.
            int modeCount = 0;
            int mode = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getKey() > 0 && e.getValue() > modeCount) {
                    mode = e.getKey();
                    modeCount = e.getValue();
                }
            }
            double score = mode == 0 ? 0 : modeCount / (double) lines.size() + Math.min(mode, 20) / 1000.0;
            if (score > bestScore + 1e-9) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Occurrences outside double quotes. */
    private static int count(String line, String delimiter) {
        int n = 0;
        boolean inQuotes = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && line.startsWith(delimiter, i)) {
                n++;
                i += delimiter.length() - 1;
            }
        }
        return n;
    }

    private static boolean hasHeader(List<List<String>> rows) {
        if (rows.size() < 2) {
            return rows.size() == 1 && rows.get(0).stream().noneMatch(TextLayout::isNumber);
        }
        List<String> first = rows.get(0);
        List<List<String>> rest = rows.subList(1, rows.size());
        boolean anyNumericColumn = false;
        for (int c = 0; c < first.size(); c++) {
            int column = c;
            long numbers = rest.stream().filter(r -> column < r.size() && isNumber(unquote(r.get(column)))).count();
            if (numbers * 10 >= rest.size() * 8L) {
                anyNumericColumn = true;
                if (!isNumber(unquote(first.get(column)))) {
                    return true;
                }
            }
        }
        if (anyNumericColumn) {
            return false;
        }
        // All text: a header's names do not reappear in the rows below.
        for (int c = 0; c < first.size(); c++) {
            int column = c;
            String name = unquote(first.get(c));
            if (name.isEmpty() || rest.stream().anyMatch(r -> column < r.size() && unquote(r.get(column)).equals(name))) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String field) {
        String s = field.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches();
    }

    /** A layout with UTF-8 for tests and defaults. */
    public static TextLayout delimited(String delimiter, boolean quoted, boolean header) {
        return new TextLayout(false, delimiter, quoted, header, StandardCharsets.UTF_8);
    }
}
