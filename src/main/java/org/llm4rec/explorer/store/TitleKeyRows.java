package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.dataset.imports.ItemDetails;
import org.llm4rec.explorer.domain.grounding.TitleKeys;

/**
 * Writes the item_titles rows grounding looks titles up by ({@link TitleKeys}), at import and for catalogues
 * stored before the table existed or under older key rules.
 */
final class TitleKeyRows implements AutoCloseable {
    static final String INSERT = "INSERT OR IGNORE INTO item_titles (item_key, dataset_id, title_key, tier)"
            + " VALUES (?, ?, ?, ?)";

    private final PreparedStatement insert;
    private final String datasetId;

    TitleKeyRows(Connection c, String datasetId) throws SQLException {
        this.insert = c.prepareStatement(INSERT);
        this.datasetId = datasetId;
    }

    void add(long itemKey, String title, List<String> otherTitles) throws SQLException {
        for (Map.Entry<String, Integer> key : TitleKeys.of(title, otherTitles).entrySet()) {
            insert.setLong(1, itemKey);
            insert.setString(2, datasetId);
            insert.setString(3, key.getKey());
            insert.setInt(4, key.getValue());
            insert.addBatch();
        }
    }

    void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }


    static void markCurrent(Connection c, String datasetId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO title_key_versions (dataset_id, version)"
                + " VALUES (?, ?) ON CONFLICT (dataset_id) DO UPDATE SET version = excluded.version")) {
            p.setString(1, datasetId);
            p.setInt(2, TitleKeys.VERSION);
            p.executeUpdate();
        }
    }

    static boolean current(Connection c, String datasetId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT version FROM title_key_versions WHERE dataset_id = ?")) {
            p.setString(1, datasetId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getInt(1) == TitleKeys.VERSION;
            }
        }
    }

    /** Makes a stored catalogue's keys again from its titles and import details. */
    static void rebuild(Connection c, String datasetId) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM item_titles WHERE dataset_id = ?")) {
            delete.setString(1, datasetId);
            delete.executeUpdate();
        }
        try (TitleKeyRows rows = new TitleKeyRows(c, datasetId);
             PreparedStatement items = c.prepareStatement("SELECT i.id, i.title, d.details FROM items i"
                     + " LEFT JOIN item_details d ON d.item_key = i.id WHERE i.dataset_id = ? ORDER BY i.id")) {
            items.setString(1, datasetId);
            try (ResultSet rs = items.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1), rs.getString(2), ItemDetails.otherTitles(rs.getString(3)));
                }
            }
            rows.flush();
        }
        markCurrent(c, datasetId);
    }
}
