package org.llm4rec.explorer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.llm4rec.explorer.app.port.ModelJudgementRepository;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.PairJudgement;
import org.llm4rec.explorer.domain.judge.PairVerdict;

/** Model judges' scores and pairwise verdicts in SQLite (migration "model_judgements"). */
public final class SqliteModelJudgementRepository implements ModelJudgementRepository {
    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };
    private static final String COLUMNS = "judge_id, run_id, rank, model, template_id, template_version,"
            + " item_title, scores_json, reason, raw_answer, problem, judged_at";
    private static final String PAIR_COLUMNS = "judge_id, pair_key, first_run_id, second_run_id, first_rank,"
            + " second_rank, item_title, verdict, reason, raw_answer, judged_at";

    private final Database db;
    private final ObjectMapper json = new ObjectMapper();

    public SqliteModelJudgementRepository(Database db) {
        this.db = db;
    }

    @Override
    public void save(ModelJudgement j) {
        String scores = write(new TreeMap<>(j.scores()));
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO model_judgements (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, j.judgeId());
                p.setString(2, j.runId());
                p.setInt(3, j.rank());
                p.setString(4, j.model());
                p.setString(5, j.templateId());
                p.setInt(6, j.templateVersion());
                p.setString(7, j.itemTitle());
                p.setString(8, scores);
                p.setString(9, j.reason());
                p.setString(10, j.rawAnswer());
                p.setString(11, j.problem());
                p.setString(12, Timestamps.format(j.judgedAt()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<ModelJudgement> all() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM model_judgements ORDER BY judged_at, rowid");
                 ResultSet rs = p.executeQuery()) {
                List<ModelJudgement> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ModelJudgement(rs.getString(1), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getString(2), rs.getInt(3), rs.getString(7), read(rs.getString(8)),
                            rs.getString(9), rs.getString(10), rs.getString(11), Timestamps.parse(rs.getString(12))));
                }
                return out;
            }
        });
    }

    @Override
    public void savePair(PairJudgement j) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO model_pair_judgements ("
                    + PAIR_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, j.judgeId());
                p.setString(2, j.pairKey());
                p.setString(3, j.firstRunId());
                p.setString(4, j.secondRunId());
                p.setInt(5, j.firstRank());
                p.setInt(6, j.secondRank());
                p.setString(7, j.itemTitle());
                p.setString(8, j.verdict().name());
                p.setString(9, j.reason());
                p.setString(10, j.rawAnswer());
                p.setString(11, Timestamps.format(j.judgedAt()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<PairJudgement> allPairs() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + PAIR_COLUMNS
                    + " FROM model_pair_judgements ORDER BY judged_at, rowid");
                 ResultSet rs = p.executeQuery()) {
                List<PairJudgement> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(pair(rs));
                }
                return out;
            }
        });
    }

    private static PairJudgement pair(ResultSet rs) throws SQLException {
        return new PairJudgement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getString(7), PairVerdict.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), Timestamps.parse(rs.getString(11)));
    }

    private String write(Map<String, Integer> scores) {
        try {
            return json.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write judge scores as JSON", e);
        }
    }

    private Map<String, Integer> read(String text) {
        try {
            return json.readValue(text, SCORES);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored judge scores are not JSON: " + text, e);
        }
    }
}
