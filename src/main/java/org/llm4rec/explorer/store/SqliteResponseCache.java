package org.llm4rec.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.llm4rec.explorer.app.port.ResponseCache;
import org.llm4rec.explorer.domain.llm.LlmResult;

/** The response cache in the response_cache table; a second answer for the same key replaces the first. */
public final class SqliteResponseCache implements ResponseCache {
    private final Database db;
    private final RunJson json = new RunJson();

    public SqliteResponseCache(Database db) {
        this.db = db;
    }

    @Override
    public Optional<LlmResult> find(String key) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT text, thinking, done_reason, metrics_json FROM response_cache WHERE cache_key = ?")) {
                p.setString(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new LlmResult(rs.getString(1), rs.getString(2), rs.getString(3),
                            json.metrics(rs.getString(4), "cached answer " + key)));
                }
            }
        });
    }

    @Override
    public void put(String key, String model, LlmResult result) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO response_cache"
                    + " (cache_key, model, text, thinking, done_reason, metrics_json, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cache_key) DO UPDATE SET model = excluded.model,"
                    + " text = excluded.text, thinking = excluded.thinking, done_reason = excluded.done_reason,"
                    + " metrics_json = excluded.metrics_json, created_at = excluded.created_at")) {
                p.setString(1, key);
                p.setString(2, model);
                p.setString(3, result.text() == null ? "" : result.text());
                p.setString(4, result.thinking() == null ? "" : result.thinking());
                p.setString(5, result.doneReason());
                p.setString(6, json.write(result.metrics()));
                p.setString(7, Timestamps.format(Instant.now()));
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Size size() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(length(CAST(text AS BLOB))"
                         + " + length(CAST(thinking AS BLOB))), 0) FROM response_cache")) {
                rs.next();
                return new Size(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    @Override
    public void clear() {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM response_cache");
            }
            return null;
        });
    }
}
