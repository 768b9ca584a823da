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
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            if (session.wellFormed(file, reader, row, fields)) {
                add(session, file, reader.recordLine(), row);
            }
        }
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
