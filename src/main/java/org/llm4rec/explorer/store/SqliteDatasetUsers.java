package org.llm4rec.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.llm4rec.explorer.app.port.DatasetUsers;
import org.llm4rec.explorer.domain.users.DatasetUser;
import org.llm4rec.explorer.domain.users.TimelineEntry;

/** Dataset users and their interactions in SQLite ({@code dataset_users}, {@code interactions}, as imports write them). */
public final class SqliteDatasetUsers implements DatasetUsers {
    private final Database db;

    public SqliteDatasetUsers(Database db) {
        this.db = db;
    }

    @Override
    public int count(String datasetId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM dataset_users WHERE dataset_id = ?")) {
                p.setString(1, datasetId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<DatasetUser> search(String datasetId, String query, int limit) {
        String prefix = query == null ? "" : query.strip();
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT u.user_id,
                        coalesce(json_extract(u.attributes, '$.gender'), '') AS gender,
                        coalesce(json_extract(u.attributes, '$.age'), '') AS age,
                        coalesce(json_extract(u.attributes, '$.occupation'), '') AS occupation,
                        coalesce(json_extract(u.attributes, '$.zip'), json_extract(u.attributes, '$.location'),
                            '') AS location,
                        (SELECT COUNT(*) FROM interactions x WHERE x.user_key = u.id) AS interactions
                    FROM dataset_users u
                    WHERE u.dataset_id = ? AND substr(u.user_id, 1, ?) = ?
                    ORDER BY interactions DESC, length(u.user_id), u.user_id
                    LIMIT ?""")) {
                p.setString(1, datasetId);
                p.setInt(2, prefix.length());
                p.setString(3, prefix);
                p.setInt(4, Math.max(0, limit));
                List<DatasetUser> users = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        users.add(new DatasetUser(rs.getString("user_id"), rs.getInt("interactions"),
                                rs.getString("gender"), rs.getString("age"), rs.getString("occupation"),
                                rs.getString("location")));
                    }
                }
                return users;
            }
        });
    }

    @Override
    public List<TimelineEntry> history(String datasetId, String userId) {
        return db.read(c -> {
            // The position keeps the file's order among equal or missing times.
            try (PreparedStatement p = c.prepareStatement("SELECT x.item_key AS entry_item_id, x.rating,"
                    + " x.timestamp AS time, i.id AS catalogue_row, " + ItemRows.COLUMNS
                    + " FROM dataset_users u JOIN interactions x ON x.user_key = u.id"
                    + " LEFT JOIN items i ON i.id = x.item_key"
                    + " WHERE u.dataset_id = ? AND u.user_id = ? ORDER BY x.timestamp, x.position")) {
                p.setString(1, datasetId);
                p.setString(2, userId);
                return read(p, datasetId, userId);
            }
        });
    }

    private static List<TimelineEntry> read(PreparedStatement p, String datasetId, String userId)
            throws SQLException {
        List<TimelineEntry> entries = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                rs.getLong("catalogue_row");
                if (rs.wasNull()) {
                    throw new IllegalArgumentException("User " + userId + " of dataset " + datasetId
                            + " has an interaction with item " + rs.getString("entry_item_id")
                            + ", which is not in its catalogue. Import the dataset again to repair it.");
                }
                double rating = rs.getDouble("rating");
                Double maybeRating = rs.wasNull() ? null : rating;
                long seconds = rs.getLong("time");
                Instant time = rs.wasNull() ? null : Instant.ofEpochSecond(seconds);
                entries.add(new TimelineEntry(ItemRows.read(rs), maybeRating, time));
            }
        }
        return entries;
    }
}
