package org.llm4rec.explorer.app.export;

import java.util.regex.Pattern;

/**
 * One cell of every CSV the app writes, safe to open in a spreadsheet. Titles, explanations and ids come from
 * models and datasets, so a cell such as {@code =HYPERLINK("http://x")} would run as a formula: as OWASP
 * recommends against CSV injection, a text cell starting with {@code = + - @}, a tab or a carriage return gets a
 * leading single quote, which spreadsheets show as text. A cell that is a plain number ({@code -0.5}, {@code +3},
 * {@code -1e-3}) is left as it is: it cannot run, and scripts reading the file keep reading it as a number.
 * Quoting follows RFC 4180.
 */
public final class CsvCell {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCell() {
    }

    /** The text as one CSV cell: neutralised when a spreadsheet would read it as a formula, quoted when needed. */
    public static String of(String text) {
        String safe = neutralised(text);
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /**
     * A {@code # ...} comment line above a table (the protocol, the experiment's description): written as it is,
     * but every comma in it starts a cell for a spreadsheet, so each piece after one is neutralised too.
     */
    public static String comment(String text) {
        String[] pieces = text.replace('\r', ' ').replace('\n', ' ').split(",", -1);
        StringBuilder line = new StringBuilder("# ").append(pieces[0]);
        for (int i = 1; i < pieces.length; i++) {
            String piece = pieces[i];
            int start = piece.length() - piece.stripLeading().length();
            line.append(',').append(piece, 0, start).append(neutralised(piece.substring(start)));
        }
        return line.toString();
    }

    static String neutralised(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
