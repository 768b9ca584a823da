package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.util.List;

/**
 * Reads an interaction file whose rows are user, item, rating and time at fixed columns, skipping bad rows with
 * their reason.
 *
 * @param userColumn   column of the user id
 * @param itemColumn   column of the item id
 * @param ratingColumn column of the rating, or -1 when the file has none
 * @param timeColumn   column of the time in seconds, or -1 when the file has none
 * @param fields       how many fields a row must have
 */
record Interactions(int userColumn, int itemColumn, int ratingColumn, int timeColumn, int fields) {

    void read(ImportSession session, String file, RecordReader reader) throws IOException {
        if (reader.separator() != null) {
            readLines(session, file, reader, reader.separator());
        } else {
            readRows(session, file, reader);
        }
    }

    /** Record by record, each split into fields: any layout. */
    void readRows(ImportSession session, String file, RecordReader reader) throws IOException {
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            if (session.wellFormed(file, reader, row, fields)) {
                add(session, file, reader.recordLine(), row);
            }
        }
    }

    /**
     * A layout without quoting, line by line. Nearly every line of such files is numbers alone (MovieLens'
     * "1::1193::5::978300760"): those are read from the line as it is, without a string per field; any other
     * line is split and read as {@link #readRows} reads it, so both give the same rows, skips and reasons.
     */
    private void readLines(ImportSession session, String file, RecordReader reader, String separator)
            throws IOException {
        for (String line = reader.nextLine(); line != null; line = reader.nextLine()) {
            if (reader.problem() == null && numbers(session, file, reader.recordLine(), line, separator)) {
                continue;
            }
            List<String> row = reader.tooLong() ? List.of("") : RecordReader.split(line, separator);
            if (session.wellFormed(file, reader, row, fields)) {
                add(session, file, reader.recordLine(), row);
            }
        }
    }

    /**
     * Adds the line's interaction when it has exactly {@link #fields} fields and its ids, rating and time are
     * plain numbers: ids as {@link IdKeys} keeps numbers (digits, no leading zero), a rating of one digit or one
     * digit and a tenth, a time of digits. Returns false, having done nothing, for any other line.
     */
    private boolean numbers(ImportSession session, String file, long line, String text, String separator) {
        int user = -1;
        int item = -1;
        double rating = Double.NaN;
        long time = Long.MIN_VALUE;
        int start = 0;
        for (int column = 0; column < fields; column++) {
            int end = text.indexOf(separator, start);
            if (column == fields - 1) {
                if (end >= 0) {
                    return false;   // more fields than the layout has
                }
                end = text.length();
            } else if (end < 0) {
                return false;       // fewer
            }
            if (column == userColumn) {
                user = IdKeys.number(text, start, end);
            } else if (column == itemColumn) {
                item = IdKeys.number(text, start, end);
            } else if (column == ratingColumn) {
                rating = Values.simpleRating(text, start, end);
                if (Double.isNaN(rating)) {
                    return false;
                }
            } else if (column == timeColumn) {
                time = Values.digits(text, start, end);
                if (time < 0) {
                    return false;
                }
            }
            start = end + separator.length();
        }
        if (user < 0 || item < 0) {
            return false;
        }
        session.interaction(file, line, user, item, rating, time);
        return true;
    }

    private void add(ImportSession session, String file, long line, List<String> row) {
        double rating = Double.NaN;
        long time = Long.MIN_VALUE;
        try {
            if (ratingColumn >= 0) {
                rating = Values.rating(row.get(ratingColumn));
            }
        } catch (NumberFormatException e) {
            session.skip(file, line, "the rating is not a number: '" + row.get(ratingColumn) + "'");
            return;
        }
        try {
            if (timeColumn >= 0) {
                time = Values.timestamp(row.get(timeColumn));
            }
        } catch (NumberFormatException e) {
            session.skip(file, line, "the timestamp is not a number: '" + row.get(timeColumn) + "'");
            return;
        }
        String user = row.get(userColumn).strip();
        String item = row.get(itemColumn).strip();
        if (user.isEmpty() || item.isEmpty()) {
            session.skip(file, line, user.isEmpty() ? "the user id is empty" : "the item id is empty");
            return;
        }
        session.interaction(file, line, user, item, rating, time, null);
    }
}
