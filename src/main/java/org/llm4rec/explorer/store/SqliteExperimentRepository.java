package org.llm4rec.explorer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.llm4rec.explorer.app.port.ExperimentRepository;
import org.llm4rec.explorer.app.port.ExperimentRun;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentJson;
import org.llm4rec.explorer.domain.experiment.Outcome;
import org.llm4rec.explorer.domain.experiment.PopularityFigures;
import org.llm4rec.explorer.domain.experiment.ResultKey;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.Validity;
import org.llm4rec.explorer.domain.run.RunRecord;

/** Experiment definitions, runs and per-user results in SQLite (migration "experiments"). */
public final class SqliteExperimentRepository implements ExperimentRepository {
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<Map<ExclusionReason, Integer>> EXCLUSIONS = new TypeReference<>() {
    };
    private static final String RESULT_COLUMNS = "configuration_key, repeat_index, user_id, outcome, run_id,"
            + " ranked_json, targets_json, history_length, listed, out_of_catalogue, duplicates, already_seen,"
            + " not_in_candidates, recommended_percentile, history_percentile, novelty, latency_ms, first_token_ms,"
            + " tokens_in, tokens_out, message, explained, cites_absent_history";

    private final Database db;
    private final SqliteRunRepository runs;
    private final ObjectMapper json = new ObjectMapper();

    public SqliteExperimentRepository(Database db) {
        this.db = db;
        this.runs = new SqliteRunRepository(db);
    }

    @Override
    public void saveDefinition(ExperimentDefinition definition) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO experiment_definitions"
                    + " (name, definition_json, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                    + " definition_json = excluded.definition_json, updated_at = excluded.updated_at")) {
                p.setString(1, definition.name());
                p.setString(2, ExperimentJson.write(definition));
                p.setString(3, Timestamps.format(Instant.now()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<ExperimentDefinition> definitions() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT name, definition_json FROM experiment_definitions ORDER BY name COLLATE NOCASE");
                 ResultSet rs = p.executeQuery()) {
                List<ExperimentDefinition> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(definition(rs.getString(2), "saved experiment \"" + rs.getString(1) + "\""));
                }
                return list;
            }
        });
    }

    @Override
    public Optional<ExperimentDefinition> definition(String name) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT definition_json FROM experiment_definitions WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(definition(rs.getString(1), "saved experiment \"" + name + "\""))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void deleteDefinition(String name) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM experiment_definitions WHERE name = ?")) {
                p.setString(1, name);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void createRun(ExperimentRun run) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO experiment_runs (id, name, definition_json,"
                    + " created_at, state, sampled_users, exclusions_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, run.id());
                p.setString(2, run.definition().name());
                p.setString(3, ExperimentJson.write(run.definition()));
                p.setString(4, Timestamps.format(run.createdAt()));
                p.setString(5, run.state().name());
                p.setInt(6, run.sampledUsers());
                p.setString(7, write(run.exclusions()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ExperimentRun> run(String runId) {
        List<ExperimentRun> runs = runsWhere("id = ?", runId);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    @Override
    public List<ExperimentRun> runs(String experimentName) {
        return runsWhere("name = ?", experimentName);
    }

    private List<ExperimentRun> runsWhere(String condition, String value) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, definition_json, created_at, state,"
                    + " sampled_users, exclusions_json FROM experiment_runs WHERE " + condition
                    + " ORDER BY created_at DESC, rowid DESC")) {
                p.setString(1, value);
                List<ExperimentRun> runs = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        runs.add(new ExperimentRun(rs.getString(1),
                                definition(rs.getString(2), "experiment run " + rs.getString(1)),
                                Timestamps.parse(rs.getString(3)), ExperimentRun.State.valueOf(rs.getString(4)),
                                rs.getInt(5), read(rs.getString(6), EXCLUSIONS)));
                    }
                }
                return runs;
            }
        });
    }

    @Override
    public void updateRun(String runId, ExperimentRun.State state, int sampledUsers,
                          Map<ExclusionReason, Integer> exclusions) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE experiment_runs SET state = ?, sampled_users = ?,"
                    + " exclusions_json = ? WHERE id = ?")) {
                p.setString(1, state.name());
                p.setInt(2, sampledUsers);
                p.setString(3, write(exclusions));
                p.setString(4, runId);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public void saveAll(String runId, List<RunRecord> modelRuns, List<UserResult> results) {
        db.write(c -> {
            runs.insert(c, modelRuns);
            insert(c, runId, results);
            return null;
        });
    }

    private void insert(Connection c, String runId, List<UserResult> results) throws SQLException {
        if (results.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO experiment_results (experiment_run_id, "
                + RESULT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (experiment_run_id, configuration_key, repeat_index, user_id) DO UPDATE SET"
                + " outcome = excluded.outcome, run_id = excluded.run_id, ranked_json = excluded.ranked_json,"
                + " targets_json = excluded.targets_json, history_length = excluded.history_length,"
                + " listed = excluded.listed, out_of_catalogue = excluded.out_of_catalogue,"
                + " duplicates = excluded.duplicates, already_seen = excluded.already_seen,"
                + " not_in_candidates = excluded.not_in_candidates,"
                + " recommended_percentile = excluded.recommended_percentile,"
                + " history_percentile = excluded.history_percentile, novelty = excluded.novelty,"
                + " latency_ms = excluded.latency_ms, first_token_ms = excluded.first_token_ms,"
                + " tokens_in = excluded.tokens_in, tokens_out = excluded.tokens_out, message = excluded.message,"
                + " explained = excluded.explained, cites_absent_history = excluded.cites_absent_history")) {
            for (UserResult r : results) {
                int i = 0;
                p.setString(++i, runId);
                p.setString(++i, r.configurationKey());
                p.setInt(++i, r.repeat());
                p.setString(++i, r.userId());
                p.setString(++i, r.outcome().name());
                p.setString(++i, r.runId());
                p.setString(++i, write(r.ranked()));
                p.setString(++i, write(r.targets()));
                p.setInt(++i, r.historyLength());
                Validity v = r.validity();
                p.setInt(++i, v.listed());
                p.setInt(++i, v.outOfCatalogue());
                p.setInt(++i, v.duplicates());
                p.setInt(++i, v.alreadySeen());
                p.setInt(++i, v.notInCandidates());
                PopularityFigures f = r.popularity();
                setDouble(p, ++i, f.recommendedPercentile());
                setDouble(p, ++i, f.historyPercentile());
                setDouble(p, ++i, f.novelty());
                setLong(p, ++i, r.latencyMs());
                setLong(p, ++i, r.firstTokenMs());
                setLong(p, ++i, r.tokensIn() == null ? null : r.tokensIn().longValue());
                setLong(p, ++i, r.tokensOut() == null ? null : r.tokensOut().longValue());
                p.setString(++i, r.message());
                p.setInt(++i, v.explained());
                p.setInt(++i, v.citesAbsentHistory());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    @Override
    public List<UserResult> results(String runId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + RESULT_COLUMNS
                    + " FROM experiment_results WHERE experiment_run_id = ? ORDER BY rowid")) {
                p.setString(1, runId);
                List<UserResult> results = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        results.add(result(rs));
                    }
                }
                return results;
            }
        });
    }

    @Override
    public Set<ResultKey> finishedKeys(String runId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT configuration_key, repeat_index, user_id"
                    + " FROM experiment_results WHERE experiment_run_id = ? AND outcome <> ?")) {
                p.setString(1, runId);
                p.setString(2, Outcome.FAILED.name());
                Set<ResultKey> keys = new HashSet<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new ResultKey(rs.getString(1), rs.getInt(2), rs.getString(3)));
                    }
                }
                return keys;
            }
        });
    }

    private UserResult result(ResultSet rs) throws SQLException {
        return new UserResult(rs.getString(1), rs.getInt(2), rs.getString(3), Outcome.valueOf(rs.getString(4)),
                rs.getString(5), read(rs.getString(6), IDS), read(rs.getString(7), IDS), rs.getInt(8),
                new Validity(rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(22),
                        rs.getInt(23)),
                new PopularityFigures(doubleOrNull(rs, 14), doubleOrNull(rs, 15), doubleOrNull(rs, 16)),
                longOrNull(rs, 17), longOrNull(rs, 18), intOrNull(rs, 19), intOrNull(rs, 20), rs.getString(21));
    }

    private static ExperimentDefinition definition(String text, String source) {
        return ExperimentJson.read(text, source);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("A stored experiment value is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.REAL);
        } else {
            p.setDouble(index, value);
        }
    }

    private static void setLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.INTEGER);
        } else {
            p.setLong(index, value);
        }
    }

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
