package org.llm4rec.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.llm4rec.explorer.app.port.SettingsRepository;

/** Settings in the settings table, one row per name. */
public final class SqliteSettingsRepository implements SettingsRepository {
    private final Database db;

    public SqliteSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, String> load(String prefix) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT name, value FROM settings WHERE substr(name, 1, ?) = ? ORDER BY name")) {
                p.setInt(1, prefix.length());
                p.setString(2, prefix);
                Map<String, String> values = new LinkedHashMap<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getString(1), rs.getString(2));
                    }
                }
                return values;
            }
        });
    }

    @Override
    public void save(Map<String, String> values) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                for (Map.Entry<String, String> entry : values.entrySet()) {
                    p.setString(1, entry.getKey());
                    p.setString(2, entry.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }
}
