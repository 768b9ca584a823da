package org.llm4rec.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.app.port.ComparisonRepository;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.app.port.ComparisonRunColumn;
import org.llm4rec.explorer.app.port.SavedComparison;

/** Saved comparisons and the grouping of comparison runs in SQLite; the runs themselves stay in {@code runs}. */
public final class SqliteComparisonRepository implements ComparisonRepository {
    private final Database db;
    private final RunJson json = new RunJson();

    public SqliteComparisonRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(SavedComparison comparison) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO comparisons (name, columns_json,"
                    + " saved_at) VALUES (?, ?, ?)")) {
                p.setString(1, comparison.name());
                p.setString(2, json.write(comparison.columns()));
                p.setString(3, Timestamps.format(comparison.savedAt()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<SavedComparison> saved() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT name, columns_json, saved_at FROM comparisons"
                    + " ORDER BY name COLLATE NOCASE");
                 ResultSet rs = p.executeQuery()) {
                List<SavedComparison> out = new ArrayList<>();
                while (rs.next()) {
                    String name = rs.getString("name");
                    out.add(new SavedComparison(name, json.columns(rs.getString("columns_json"), name),
                            Timestamps.parse(rs.getString("saved_at"))));
                }
                return out;
            }
        });
    }

    @Override
    public void startRun(ComparisonRun run) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO comparison_runs (id, started_at, profile_id,"
                    + " profile_name, rerun_of) VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, run.id());
                p.setString(2, Timestamps.format(run.startedAt()));
                p.setString(3, run.profileId());
                p.setString(4, run.profileName());
                p.setString(5, run.rerunOf());
                p.executeUpdate();
            }
            for (ComparisonRunColumn column : run.runs()) {
                insert(c, run.id(), column);
            }
            return null;
        });
    }

    @Override
    public void recordRun(String comparisonRunId, ComparisonRunColumn run) {
        db.write(c -> insert(c, comparisonRunId, run));
    }

    private int insert(java.sql.Connection c, String comparisonRunId, ComparisonRunColumn run)
            throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO comparison_run_columns"
                + " (comparison_run_id, column_index, repeat_index, config_json, run_id) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, comparisonRunId);
            p.setInt(2, run.columnIndex());
            p.setInt(3, run.repeatIndex());
            p.setString(4, json.write(run.configuration()));
            p.setString(5, run.runId());
            return p.executeUpdate();
        }
    }

    @Override
    public List<ComparisonRun> recentRuns(int limit) {
        return db.read(c -> {
            Map<String, ComparisonRun> headers = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, started_at, profile_id, profile_name, rerun_of"
                    + " FROM comparison_runs ORDER BY started_at DESC, rowid DESC LIMIT ?")) {
                p.setInt(1, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        headers.put(rs.getString("id"), new ComparisonRun(rs.getString("id"),
                                Timestamps.parse(rs.getString("started_at")), rs.getString("profile_id"),
                                rs.getString("profile_name"), rs.getString("rerun_of"), List.of()));
                    }
                }
            }
            List<ComparisonRun> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT column_index, repeat_index, config_json, run_id"
                    + " FROM comparison_run_columns WHERE comparison_run_id = ? ORDER BY column_index, repeat_index")) {
                for (ComparisonRun header : headers.values()) {
                    p.setString(1, header.id());
                    List<ComparisonRunColumn> runs = new ArrayList<>();
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            runs.add(new ComparisonRunColumn(rs.getInt("column_index"), rs.getInt("repeat_index"),
                                    json.column(rs.getString("config_json"), header.id()), rs.getString("run_id")));
                        }
                    }
                    out.add(new ComparisonRun(header.id(), header.startedAt(), header.profileId(),
                            header.profileName(), header.rerunOf(), runs));
                }
            }
            return out;
        });
    }
}
