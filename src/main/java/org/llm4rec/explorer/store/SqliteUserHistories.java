package org.llm4rec.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.candidates.UserHistory;

/**
 * Every user's history of an imported dataset, for co-occurrence kNN, NIR user filtering and demonstrations from
 * other users. One range scan: interactions are stored clustered by user, in file order.
 */
public final class SqliteUserHistories implements Interactions {
    private final Database db;

    public SqliteUserHistories(Database db) {
        this.db = db;
    }

    @Override
    public List<UserHistory> histories(String datasetId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT u.user_id, i.item_id"
                    + " FROM dataset_users u JOIN interactions x ON x.user_key = u.id JOIN items i ON i.id = x.item_key"
                    + " WHERE u.dataset_id = ? ORDER BY u.id, x.timestamp, x.position")) {
                p.setString(1, datasetId);
                List<UserHistory> histories = new ArrayList<>();
                String user = null;
                List<String> items = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String next = rs.getString(1);
                        if (!next.equals(user)) {
                            if (user != null) {
                                histories.add(new UserHistory(user, items));
                            }
                            user = next;
                            items = new ArrayList<>();
                        }
                        items.add(rs.getString(2));
                    }
                }
                if (user != null) {
                    histories.add(new UserHistory(user, items));
                }
                return histories;
            }
        });
    }

    @Override
    public Map<String, Double> ratings(String datasetId, String userId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT i.item_id, x.rating"
                    + " FROM dataset_users u JOIN interactions x ON x.user_key = u.id JOIN items i ON i.id = x.item_key"
                    + " WHERE u.dataset_id = ? AND u.user_id = ? AND x.rating IS NOT NULL"
                    + " ORDER BY x.timestamp, x.position")) {
                p.setString(1, datasetId);
                p.setString(2, userId);
                Map<String, Double> ratings = new HashMap<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ratings.put(rs.getString(1), rs.getDouble(2));
                    }
                }
                return ratings;
            }
        });
    }
}
