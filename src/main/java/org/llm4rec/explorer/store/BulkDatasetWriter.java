package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Arrays;
import org.llm4rec.explorer.dataset.imports.DatasetSink;
import org.llm4rec.explorer.dataset.imports.ItemDetails;
import org.llm4rec.explorer.dataset.imports.ItemTallies;
import org.llm4rec.explorer.domain.Item;

/**
 * Writes an import's rows with prepared statements in batches, inside the caller's transaction. The import's
 * dense keys become row ids by adding the table's current largest id, so that interactions can be written
 * without looking anything up.
 */
final class BulkDatasetWriter implements DatasetSink {
    private static final int BATCH = 8192;
    /**
     * Interactions go in as multi-row INSERTs of this many rows: one statement step per 64 rows instead of one per
     * row took 1M rows in 0.6 s instead of 1.0 s (sqlite-jdbc 3.54; 32 to 150 rows were alike, 2,000 slower).
     */
    private static final int ROWS_PER_INSERT = 64;
    /** The low half of a packed pair of keys, and the time under a packed rating (see {@link #packedRowsInsert}). */
    private static final long KEY_MASK = 0xFFFF_FFFFL;
    private static final long TIME_MASK = (1L << 48) - 1;
    private static final String INTERACTION_INSERT = "INSERT INTO interactions (user_key, item_key, rating, timestamp,"
            + " review, position) VALUES ";

    private final Connection c;
    private final String datasetId;
    private final long itemBase;
    private final long userBase;
    private final PreparedStatement items;
    private final PreparedStatement details;
    private final PreparedStatement users;
    private final PreparedStatement interactions;
    /** Multi-row inserts of rows without a review, and with, and of rows whose values are packed in pairs. */
    private final PreparedStatement interactionRows;
    private final PreparedStatement reviewedRows;
    private final PreparedStatement packedRows;
    private final TitleKeyRows titleKeys;
    private final long[] rowUsers = new long[ROWS_PER_INSERT];
    private final long[] rowItems = new long[ROWS_PER_INSERT];
    private final double[] rowRatings = new double[ROWS_PER_INSERT];
    private final long[] rowTimestamps = new long[ROWS_PER_INSERT];
    private final long[] rowPositions = new long[ROWS_PER_INSERT];
    private final String[] rowReviews = new String[ROWS_PER_INSERT];
    private long[] withdrawnUsers = new long[16];
    private long[] withdrawnPositions = new long[16];
    private int withdrawn;
    private int rows;
    private int pending;
    private long interactionCount;

    BulkDatasetWriter(Connection c, String datasetId) throws SQLException {
        this.c = c;
        this.datasetId = datasetId;
        this.itemBase = largestId(c, "items");
        this.userBase = largestId(c, "dataset_users");
        this.items = c.prepareStatement("INSERT INTO items (id, dataset_id, item_id, title, creators, year,"
                + " categories, popularity, folded_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.details = c.prepareStatement("INSERT OR REPLACE INTO item_details (item_key, details) VALUES (?, ?)");
        this.titleKeys = new TitleKeyRows(c, datasetId);
        this.users = c.prepareStatement(
                "INSERT INTO dataset_users (id, dataset_id, user_id, attributes) VALUES (?, ?, ?, ?)");
        this.interactions = c.prepareStatement(INTERACTION_INSERT + "(?, ?, ?, ?, ?, ?)");
        this.interactionRows = c.prepareStatement(rowsInsert(false));
        this.reviewedRows = c.prepareStatement(rowsInsert(true));
        this.packedRows = c.prepareStatement(packedRowsInsert());
    }

    /**
     * An INSERT of {@link #ROWS_PER_INSERT} rows at consecutive positions, the first bound once as parameter 1 and
     * the others counted from it; then each row's user, item, rating, time and, with reviews, its review. Every
     * value bound is a call into the driver's native code: 4 per row instead of 6 took 1M rows in 575 ms of CPU
     * instead of 605 (sqlite-jdbc 3.54; SQLite's own work, with nothing bound, is 370 ms of it).
     */
    private static String rowsInsert(boolean reviews) {
        StringBuilder sql = new StringBuilder(INTERACTION_INSERT);
        int parameter = 2;
        for (int row = 0; row < ROWS_PER_INSERT; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int field = 0; field < 4; field++) {
                sql.append('?').append(parameter++).append(", ");
            }
            if (reviews) {
                sql.append('?').append(parameter++).append(", ");
            } else {
                sql.append("NULL, ");
            }
            sql.append("?1 + ").append(row).append(')');
        }
        return sql.toString();
    }

    /**
     * An INSERT of {@link #ROWS_PER_INSERT} rows at consecutive positions, as {@link #rowsInsert} without reviews,
     * that takes each row's four values as two: user and item keys in one number, the rating (in half stars) and
     * the time in another, which SQLite takes apart. Every bound value is boxed and handed to native code on its own:
     * two a row instead of four took the writing thread of an ML-1M-scale import from about 670 to 620 ms of CPU.
     * For rows whose values fit: keys below 2^31, a rating of whole or half stars from 0 to 127.5 and a time.
     */
    private static String packedRowsInsert() {
        StringBuilder sql = new StringBuilder(INTERACTION_INSERT);
        for (int row = 0; row < ROWS_PER_INSERT; row++) {
            int keys = 2 + 2 * row;
            int ratedAt = keys + 1;
            sql.append(row == 0 ? "(" : ", (")
                    .append('?').append(keys).append(" >> 32, ?").append(keys).append(" & ").append(KEY_MASK)
                    .append(", (?").append(ratedAt).append(" >> 48) / 2.0, ?").append(ratedAt).append(" & ")
                    .append(TIME_MASK).append(", NULL, ?1 + ").append(row).append(')');
        }
        return sql.toString();
    }

    /** Whether the row's values fit {@link #packedRowsInsert}. */
    private boolean packable(int row) {
        double halfStars = rowRatings[row] * 2;
        return rowUsers[row] <= Integer.MAX_VALUE && rowItems[row] <= Integer.MAX_VALUE && rowReviews[row] == null
                && halfStars >= 0 && halfStars <= 255 && halfStars == Math.rint(halfStars)
                && rowTimestamps[row] >= 0 && rowTimestamps[row] <= TIME_MASK;
    }

    private static long largestId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    long itemKey(int key) {
        return itemBase + key + 1;
    }

    @Override
    public void item(int key, Item item, String itemDetails) {
        try {
            items.setLong(1, itemKey(key));
            items.setString(2, datasetId);
            items.setString(3, item.id());
            items.setString(4, item.title());
            items.setString(5, item.creators());
            if (item.year() == null) {
                items.setNull(6, Types.INTEGER);
            } else {
                items.setInt(6, item.year());
            }
            items.setString(7, item.categories());
            items.setLong(8, item.popularity());
            items.setString(9, SearchText.fold(item.title()));
            items.addBatch();
            titleKeys.add(itemKey(key), item.title(), ItemDetails.otherTitles(itemDetails));
            if (itemDetails != null) {
                details.setLong(1, itemKey(key));
                details.setString(2, itemDetails);
                details.addBatch();
            }
            counted();
        } catch (SQLException e) {
            throw new StoreException("Storing item " + item.id() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void user(int key, String userId, String attributes) {
        try {
            users.setLong(1, userBase + key + 1);
            users.setString(2, datasetId);
            users.setString(3, userId);
            users.setString(4, attributes);
            users.addBatch();
            counted();
        } catch (SQLException e) {
            throw new StoreException("Storing user " + userId + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void interaction(int userKey, int itemKey, double rating, long timestamp, long position, String review) {
        rowUsers[rows] = userBase + userKey + 1;
        rowItems[rows] = itemKey(itemKey);
        rowRatings[rows] = rating;
        rowTimestamps[rows] = timestamp;
        rowPositions[rows] = position;
        rowReviews[rows] = review;
        interactionCount++;
        try {
            if (++rows == ROWS_PER_INSERT) {
                addRows();
            }
            counted();
        } catch (SQLException e) {
            throw new StoreException("Storing an interaction failed: " + e.getMessage(), e);
        }
    }

    /** Kept until {@link #finish}: the interaction may still be waiting in a batch. */
    @Override
    public void withdraw(int userKey, long position) {
        if (withdrawn == withdrawnUsers.length) {
            withdrawnUsers = Arrays.copyOf(withdrawnUsers, withdrawn * 2);
            withdrawnPositions = Arrays.copyOf(withdrawnPositions, withdrawn * 2);
        }
        withdrawnUsers[withdrawn] = userBase + userKey + 1;
        withdrawnPositions[withdrawn++] = position;
    }

    /** The full set of rows, in one multi-row insert when their positions follow each other (as they do). */
    private void addRows() throws SQLException {
        boolean reviews = false;
        boolean consecutive = true;
        boolean packable = true;
        for (int row = 0; row < ROWS_PER_INSERT; row++) {
            reviews |= rowReviews[row] != null;
            consecutive &= rowPositions[row] == rowPositions[0] + row;
            packable &= packable(row);
        }
        if (!consecutive) {
            addSingleRows();
            return;
        }
        if (packable) {
            packedRows.setLong(1, rowPositions[0]);
            for (int row = 0; row < ROWS_PER_INSERT; row++) {
                packedRows.setLong(2 + 2 * row, rowUsers[row] << 32 | rowItems[row]);
                packedRows.setLong(3 + 2 * row, (long) (rowRatings[row] * 2) << 48 | rowTimestamps[row]);
            }
            packedRows.addBatch();
            rows = 0;
            return;
        }
        PreparedStatement p = reviews ? reviewedRows : interactionRows;
        p.setLong(1, rowPositions[0]);
        int parameter = 2;
        for (int row = 0; row < ROWS_PER_INSERT; row++) {
            parameter = bindInteraction(p, parameter, row);
            if (reviews) {
                p.setString(parameter++, rowReviews[row]);
            }
        }
        p.addBatch();
        rows = 0;
    }

    private void addSingleRows() throws SQLException {
        for (int row = 0; row < rows; row++) {
            int parameter = bindInteraction(interactions, 1, row);
            interactions.setString(parameter++, rowReviews[row]);
            interactions.setLong(parameter, rowPositions[row]);
            interactions.addBatch();
        }
        rows = 0;
    }

    /** Binds the row's user, item, rating and time from the parameter on; returns the next parameter. */
    private int bindInteraction(PreparedStatement p, int parameter, int row) throws SQLException {
        p.setLong(parameter, rowUsers[row]);
        p.setLong(parameter + 1, rowItems[row]);
        if (Double.isNaN(rowRatings[row])) {
            p.setNull(parameter + 2, Types.REAL);
        } else {
            p.setDouble(parameter + 2, rowRatings[row]);
        }
        if (rowTimestamps[row] == Long.MIN_VALUE) {
            p.setNull(parameter + 3, Types.INTEGER);
        } else {
            p.setLong(parameter + 3, rowTimestamps[row]);
        }
        return parameter + 4;
    }

    private void counted() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Items before their details, which refer to them. */
    private void flush() throws SQLException {
        items.executeBatch();
        details.executeBatch();
        titleKeys.flush();
        users.executeBatch();
        addSingleRows();
        interactionRows.executeBatch();
        reviewedRows.executeBatch();
        packedRows.executeBatch();
        interactions.executeBatch();
        pending = 0;
    }

    @Override
    public void finish(ItemTallies tallies) {
        try {
            flush();
            deleteWithdrawn();
            if (interactionCount > 0) {
                storeActivity(tallies);
            }
            TitleKeyRows.markCurrent(c, datasetId);
            titleKeys.close();
            for (PreparedStatement p : new PreparedStatement[] {items, details, users, interactions, interactionRows,
                    reviewedRows, packedRows}) {
                p.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Finishing the import failed: " + e.getMessage(), e);
        }
    }

    private void deleteWithdrawn() throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM interactions WHERE user_key = ? AND position = ?")) {
            for (int i = 0; i < withdrawn; i++) {
                delete.setLong(1, withdrawnUsers[i]);
                delete.setLong(2, withdrawnPositions[i]);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /**
     * Each item's counts and latest interactions, then its popularity from them in one statement. The latest go
     * in {@link #ROWS_PER_INSERT} to a statement: one at a time, their 74k rows of an ML-1M-scale import took
     * most of this step.
     */
    private void storeActivity(ItemTallies tallies) throws SQLException {
        try (PreparedStatement activity = c.prepareStatement("INSERT INTO item_activity"
                     + " (item_key, interactions, rated, rating_sum) VALUES (?, ?, ?, ?)");
             LatestRows latest = new LatestRows()) {
            for (int key = 0; key < tallies.items(); key++) {
                if (tallies.interactions(key) == 0) {
                    continue;
                }
                long item = itemKey(key);
                activity.setLong(1, item);
                activity.setLong(2, tallies.interactions(key));
                activity.setLong(3, tallies.rated(key));
                activity.setDouble(4, tallies.ratingSum(key));
                activity.addBatch();
                tallies.forEachLatest(key, (user, timestamp, position) -> latest.add(item, userBase + user + 1,
                        position));
                if (key % BATCH == BATCH - 1) {
                    activity.executeBatch();
                }
            }
            activity.executeBatch();
        }
        try (PreparedStatement popularity = c.prepareStatement("UPDATE items SET popularity = COALESCE("
                + "(SELECT interactions FROM item_activity WHERE item_key = items.id), 0) WHERE id BETWEEN ? AND ?")) {
            popularity.setLong(1, itemKey(0));
            popularity.setLong(2, itemKey(tallies.items() - 1));
            popularity.executeUpdate();
        }
    }

    /** Rows of item_latest, sent {@link #ROWS_PER_INSERT} to a statement, the rest one by one when closed. */
    private final class LatestRows implements AutoCloseable {
        private final PreparedStatement rows;
        private final PreparedStatement single;
        private final long[] held = new long[3 * ROWS_PER_INSERT];
        private int count;
        private int batched;

        LatestRows() throws SQLException {
            StringBuilder sql = new StringBuilder("INSERT INTO item_latest (item_key, user_key, position) VALUES ");
            for (int row = 0; row < ROWS_PER_INSERT; row++) {
                sql.append(row == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
            this.rows = c.prepareStatement(sql.toString());
            this.single = c.prepareStatement("INSERT INTO item_latest (item_key, user_key, position) VALUES (?, ?, ?)");
        }

        void add(long item, long user, long position) {
            held[3 * count] = item;
            held[3 * count + 1] = user;
            held[3 * count + 2] = position;
            if (++count < ROWS_PER_INSERT) {
                return;
            }
            try {
                for (int i = 0; i < held.length; i++) {
                    rows.setLong(i + 1, held[i]);
                }
                rows.addBatch();
                count = 0;
                if (++batched % (BATCH / ROWS_PER_INSERT) == 0) {
                    rows.executeBatch();
                }
            } catch (SQLException e) {
                throw new StoreException("Storing who interacted with an item failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            try (rows; single) {
                rows.executeBatch();
                for (int row = 0; row < count; row++) {
                    single.setLong(1, held[3 * row]);
                    single.setLong(2, held[3 * row + 1]);
                    single.setLong(3, held[3 * row + 2]);
                    single.addBatch();
                }
                single.executeBatch();
            }
        }
    }
}
