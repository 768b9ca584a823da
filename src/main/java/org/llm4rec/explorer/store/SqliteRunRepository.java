package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;

/** Runs in SQLite, one row each; saving a run again with the same id replaces it. */
public final class SqliteRunRepository implements RunRepository {
    private static final String COLUMNS = "id, created_at, dataset_id, dataset_version, profile_id, profile_name,"
            + " strategy_id, template_id, template_version, model, model_digest, server_version, options_json,"
            + " prompt, prompt_hash, raw_response, thinking, parse_status, recommendations_json, metrics_json,"
            + " status, message, profile_hash, steps_json, candidates_json, failure";
    private static final String UPDATES = "created_at = excluded.created_at, dataset_id = excluded.dataset_id,"
            + " dataset_version = excluded.dataset_version, profile_id = excluded.profile_id,"
            + " profile_name = excluded.profile_name, strategy_id = excluded.strategy_id,"
            + " template_id = excluded.template_id, template_version = excluded.template_version,"
            + " model = excluded.model, model_digest = excluded.model_digest,"
            + " server_version = excluded.server_version, options_json = excluded.options_json,"
            + " prompt = excluded.prompt, prompt_hash = excluded.prompt_hash,"
            + " raw_response = excluded.raw_response, thinking = excluded.thinking,"
            + " parse_status = excluded.parse_status, recommendations_json = excluded.recommendations_json,"
            + " metrics_json = excluded.metrics_json, status = excluded.status, message = excluded.message,"
            + " profile_hash = excluded.profile_hash, steps_json = excluded.steps_json,"
            + " candidates_json = excluded.candidates_json,"
            + " failure = excluded.failure";

    private final Database db;
    private final RunJson json = new RunJson();

    public SqliteRunRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(RunRecord run) {
        db.write(c -> {
            insert(c, List.of(run));
            return null;
        });
    }

    /** Inserts or replaces runs within the caller's transaction: experiments store runs with their results. */
    void insert(Connection c, List<RunRecord> runs) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO runs (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET " + UPDATES)) {
            for (RunRecord run : runs) {
                int i = 0;
                p.setString(++i, run.id());
                p.setString(++i, Timestamps.format(run.createdAt()));
                p.setString(++i, run.datasetId());
                p.setString(++i, run.datasetVersion());
                p.setString(++i, run.profileId());
                p.setString(++i, run.profileName());
                p.setString(++i, run.strategyId());
                p.setString(++i, run.templateId());
                p.setInt(++i, run.templateVersion());
                p.setString(++i, run.model());
                p.setString(++i, run.modelDigest());
                p.setString(++i, run.serverVersion());
                p.setString(++i, json.write(run.options()));
                p.setString(++i, run.prompt());
                p.setString(++i, run.promptHash());
                p.setString(++i, run.rawResponse());
                p.setString(++i, run.thinking());
                p.setString(++i, run.parseStatus() == null ? null : run.parseStatus().name());
                p.setString(++i, json.write(run.recommendations()));
                p.setString(++i, json.write(run.metrics()));
                p.setString(++i, run.status() == null ? null : run.status().name());
                p.setString(++i, run.message());
                p.setString(++i, run.profileHash());
                p.setString(++i, json.write(run.steps()));
                p.setString(++i, json.write(run.candidates()));
                p.setString(++i, run.failure() == null ? null : run.failure().name());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** {@inheritDoc} Runs started at the same instant come newest-saved first. */
    @Override
    public List<RunRecord> recent(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM runs ORDER BY created_at DESC, rowid DESC LIMIT ?")) {
                p.setInt(1, limit);
                return readRuns(p);
            }
        });
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM runs WHERE id = ?")) {
                p.setString(1, runId);
                return readRuns(p).stream().findFirst();
            }
        });
    }

    private List<RunRecord> readRuns(PreparedStatement p) throws SQLException {
        List<RunRecord> runs = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                runs.add(read(rs));
            }
        }
        return runs;
    }

    private RunRecord read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return RunRecord.builder()
                .id(id)
                .createdAt(Timestamps.parse(rs.getString("created_at")))
                .datasetId(rs.getString("dataset_id"))
                .datasetVersion(rs.getString("dataset_version"))
                .profileId(rs.getString("profile_id"))
                .profileName(rs.getString("profile_name"))
                .strategyId(rs.getString("strategy_id"))
                .templateId(rs.getString("template_id"))
                .templateVersion(rs.getInt("template_version"))
                .model(rs.getString("model"))
                .modelDigest(rs.getString("model_digest"))
                .serverVersion(rs.getString("server_version"))
                .options(json.options(rs.getString("options_json"), id))
                .prompt(rs.getString("prompt"))
                .promptHash(rs.getString("prompt_hash"))
                .rawResponse(rs.getString("raw_response"))
                .thinking(rs.getString("thinking"))
                .parseStatus(constant(ParseStatus.class, rs.getString("parse_status"), id))
                .recommendations(json.recommendations(rs.getString("recommendations_json"), id))
                .metrics(json.metrics(rs.getString("metrics_json"), id))
                .status(constant(RunStatus.class, rs.getString("status"), id))
                .message(rs.getString("message"))
                .profileHash(rs.getString("profile_hash"))
                .steps(json.steps(rs.getString("steps_json"), id))
                .candidates(json.candidates(rs.getString("candidates_json"), id))
                .failure(constant(LlmFailure.class, rs.getString("failure"), id))
                .build();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String runId) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new StoreException("Run " + runId + " has " + type.getSimpleName() + " '" + name
                    + "', which this version of the app does not know.", e);
        }
    }
}
