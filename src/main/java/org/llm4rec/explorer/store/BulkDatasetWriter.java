package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.llm4rec.explorer.dataset.imports.DatasetSink;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.TitleNormaliser;

/**
 * Writes an import's rows with prepared statements in batches, inside the caller's transaction. The import's
 * dense keys become row ids by adding the table's current largest id, so that interactions can be written
 * without looking anything up.
 */
final class BulkDatasetWriter implements DatasetSink {
    private static final int BATCH = 8192;

    private final Connection c;
    private final String datasetId;
    private final long itemBase;
    private final long userBase;
    private final PreparedStatement items;
    private final PreparedStatement details;
    private final PreparedStatement users;
    private final PreparedStatement interactions;
    private int pending;
    private long interactionCount;

    BulkDatasetWriter(Connection c, String datasetId) throws SQLException {
        this.c = c;
        this.datasetId = datasetId;
        this.itemBase = largestId(c, "items");
        this.userBase = largestId(c, "dataset_users");
        this.items = c.prepareStatement("INSERT INTO items (id, dataset_id, item_id, title, creators, year,"
                + " categories, popularity, normalised_title, folded_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.details = c.prepareStatement("INSERT OR REPLACE INTO item_details (item_key, details) VALUES (?, ?)");
        this.users = c.prepareStatement(
                "INSERT INTO dataset_users (id, dataset_id, user_id, attributes) VALUES (?, ?, ?, ?)");
        this.interactions = c.prepareStatement("INSERT INTO interactions (user_key, item_key, rating, timestamp,"
                + " position, review) VALUES (?, ?, ?, ?, ?, ?)");
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
            items.setString(9, TitleNormaliser.normalise(item.title()));
            items.setString(10, SearchText.fold(item.title()));
            items.addBatch();
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
        try {
            interactions.setLong(1, userBase + userKey + 1);
            interactions.setLong(2, itemKey(itemKey));
            if (Double.isNaN(rating)) {
                interactions.setNull(3, Types.REAL);
            } else {
                interactions.setDouble(3, rating);
            }
            if (timestamp == Long.MIN_VALUE) {
                interactions.setNull(4, Types.INTEGER);
            } else {
                interactions.setLong(4, timestamp);
            }
            interactions.setLong(5, position);
            interactions.setString(6, review);
            interactions.addBatch();
            interactionCount++;
            counted();
        } catch (SQLException e) {
            throw new StoreException("Storing an interaction failed: " + e.getMessage(), e);
        }
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
        users.executeBatch();
        interactions.executeBatch();
        pending = 0;
    }

    @Override
    public void finish(long[] interactionsPerItem) {
        try {
            flush();
            if (interactionCount > 0) {
                try (PreparedStatement p = c.prepareStatement("UPDATE items SET popularity = ? WHERE id = ?")) {
                    for (int key = 0; key < interactionsPerItem.length; key++) {
                        p.setLong(1, interactionsPerItem[key]);
                        p.setLong(2, itemKey(key));
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            for (PreparedStatement p : new PreparedStatement[] {items, details, users, interactions}) {
                p.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Finishing the import failed: " + e.getMessage(), e);
        }
    }
}
