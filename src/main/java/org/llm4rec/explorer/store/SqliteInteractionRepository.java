package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.llm4rec.explorer.app.port.DatasetCounts;
import org.llm4rec.explorer.app.port.DatasetOverview;
import org.llm4rec.explorer.app.port.DatasetUser;
import org.llm4rec.explorer.app.port.Interaction;
import org.llm4rec.explorer.app.port.InteractionRepository;
import org.llm4rec.explorer.app.port.ItemActivity;
import org.llm4rec.explorer.domain.Item;

/**
 * Users and interactions in SQLite. An import gives a dataset's users consecutive keys, so a dataset's
 * interactions are one range of the user index: every per-dataset query is a range scan.
 */
public final class SqliteInteractionRepository implements InteractionRepository {
    private static final String INTERACTION_COLUMNS = "u.user_id, x.rating, x.timestamp, x.position, "
            + ItemRows.COLUMNS;

    private final Database db;

    public SqliteInteractionRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<DatasetUser> users(String datasetId, String query, int limit) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT u.user_id, u.attributes,"
                    + " (SELECT COUNT(*) FROM interactions x WHERE x.user_key = u.id) AS n"
                    + " FROM dataset_users u WHERE u.dataset_id = ? AND u.user_id LIKE ? ESCAPE '\\'"
                    + " ORDER BY length(u.user_id), u.user_id LIMIT ?")) {
                p.setString(1, datasetId);
                p.setString(2, SearchText.containsPattern(query == null ? "" : query.strip()));
                p.setInt(3, limit);
                List<DatasetUser> users = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        users.add(new DatasetUser(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
                return users;
            }
        });
    }

    @Override
    public List<Interaction> history(String datasetId, String userId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + INTERACTION_COLUMNS
                    + " FROM dataset_users u JOIN interactions x ON x.user_key = u.id JOIN items i ON i.id = x.item_key"
                    + " WHERE u.dataset_id = ? AND u.user_id = ? ORDER BY x.timestamp, x.position")) {
                p.setString(1, datasetId);
                p.setString(2, userId);
                return interactions(p);
            }
        });
    }

    @Override
    public DatasetCounts counts(String datasetId) {
        return db.read(c -> counts(c, datasetId));
    }

    private static DatasetCounts counts(Connection c, String datasetId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT d.item_count, COALESCE(m.user_count, 0),"
                + " COALESCE(m.interaction_count, 0) FROM datasets d"
                + " LEFT JOIN dataset_imports m ON m.dataset_id = d.id WHERE d.id = ?")) {
            p.setString(1, datasetId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new DatasetCounts(rs.getLong(2), rs.getLong(1), rs.getLong(3))
                        : new DatasetCounts(0, 0, 0);
            }
        }
    }

    @Override
    public DatasetOverview overview(String datasetId) {
        return db.read(c -> {
            long[] users = userKeyRange(c, datasetId);
            Map<Double, Long> ratings = new TreeMap<>();
            Instant first = null;
            Instant last = null;
            try (PreparedStatement p = c.prepareStatement("SELECT rating, COUNT(*), MIN(timestamp), MAX(timestamp)"
                    + " FROM interactions WHERE user_key BETWEEN ? AND ? GROUP BY rating")) {
                p.setLong(1, users[0]);
                p.setLong(2, users[1]);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        double rating = rs.getDouble(1);
                        ratings.put(rs.wasNull() ? Double.NaN : rating, rs.getLong(2));
                        first = earlier(first, instant(rs, 3));
                        last = later(last, instant(rs, 4));
                    }
                }
            }
            return new DatasetOverview(counts(c, datasetId), ratings,
                    descending(longs(c, "SELECT COUNT(*) FROM interactions WHERE user_key BETWEEN ? AND ?"
                            + " GROUP BY user_key", users[0], users[1])),
                    descending(longs(c, "SELECT popularity FROM items WHERE dataset_id = ?", datasetId)),
                    first, last, itemFields(c, datasetId));
        });
    }

    private static Map<String, Long> itemFields(Connection c, String datasetId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), SUM(i.creators <> ''), SUM(i.year IS NOT NULL),"
                + " SUM(i.categories <> ''), COUNT(d.item_key) FROM items i"
                + " LEFT JOIN item_details d ON d.item_key = i.id WHERE i.dataset_id = ?")) {
            p.setString(1, datasetId);
            Map<String, Long> fields = new LinkedHashMap<>();
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    String[] names = {"title", "creators", "year", "categories", "details"};
                    for (int i = 0; i < names.length; i++) {
                        fields.put(names[i], rs.getLong(i + 1));
                    }
                }
            }
            return fields;
        }
    }

    @Override
    public List<Item> popularItems(String datasetId, int limit) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + ItemRows.COLUMNS + " FROM items i"
                    + " WHERE i.dataset_id = ? ORDER BY i.popularity DESC, i.id LIMIT ?")) {
                p.setString(1, datasetId);
                p.setInt(2, limit);
                List<Item> items = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        items.add(ItemRows.read(rs));
                    }
                }
                return items;
            }
        });
    }

    @Override
    public ItemActivity itemActivity(String datasetId, String itemId, int limit) {
        return db.read(c -> {
            long key;
            String details = "{}";
            try (PreparedStatement p = c.prepareStatement("SELECT i.id, d.details FROM items i"
                    + " LEFT JOIN item_details d ON d.item_key = i.id WHERE i.dataset_id = ? AND i.item_id = ?")) {
                p.setString(1, datasetId);
                p.setString(2, itemId);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return new ItemActivity(0, null, List.of(), details);
                    }
                    key = rs.getLong(1);
                    details = rs.getString(2) == null ? details : rs.getString(2);
                }
            }
            long count = 0;
            Double mean = null;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT interactions, rated, rating_sum FROM item_activity WHERE item_key = ?")) {
                p.setLong(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        count = rs.getLong(1);
                        mean = rs.getLong(2) == 0 ? null : rs.getDouble(3) / rs.getLong(2);
                    }
                }
            }
            // The import keeps each item's latest interactions; the interaction itself is one primary-key read.
            try (PreparedStatement p = c.prepareStatement("SELECT " + INTERACTION_COLUMNS
                    + " FROM item_latest l JOIN interactions x ON x.user_key = l.user_key AND x.position = l.position"
                    + " JOIN dataset_users u ON u.id = x.user_key JOIN items i ON i.id = x.item_key"
                    + " WHERE l.item_key = ? ORDER BY x.timestamp DESC, x.position DESC LIMIT ?")) {
                p.setLong(1, key);
                p.setInt(2, limit);
                return new ItemActivity(count, mean, interactions(p), details);
            }
        });
    }

    /** The smallest and largest user key of the dataset; an empty range when it has no users. */
    private static long[] userKeyRange(Connection c, String datasetId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT MIN(id), MAX(id) FROM dataset_users WHERE dataset_id = ?")) {
            p.setString(1, datasetId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? new long[] {1, 0} : new long[] {min, rs.getLong(2)};
            }
        }
    }

    private static long[] longs(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            long[] values = new long[1024];
            int n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (n == values.length) {
                        values = Arrays.copyOf(values, n * 2);
                    }
                    values[n++] = rs.getLong(1);
                }
            }
            return Arrays.copyOf(values, n);
        }
    }

    private static long[] descending(long[] values) {
        Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            long t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    private static List<Interaction> interactions(PreparedStatement p) throws SQLException {
        List<Interaction> found = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                double rating = rs.getDouble("rating");
                Double maybeRating = rs.wasNull() ? null : rating;
                found.add(new Interaction(rs.getString("user_id"), ItemRows.read(rs), maybeRating,
                        instant(rs, "timestamp"), rs.getLong("position")));
            }
        }
        return found;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long seconds = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochSecond(seconds);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long seconds = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochSecond(seconds);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
