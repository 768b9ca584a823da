package org.llm4rec.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.domain.judge.Choice;
import org.llm4rec.explorer.domain.judge.LabelOrigin;
import org.llm4rec.explorer.domain.judge.PairKind;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.RubricScores;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.domain.judge.VoteSource;

/** Ratings and blind A/B votes in SQLite. */
public final class SqliteJudgeRepository implements JudgeRepository {
    private static final String RATING_COLUMNS = "id, run_id, rank, item_id, item_title, relevance, specificity,"
            + " persuasiveness, faithfulness, note, rater, rated_at, origin";
    private static final String VOTE_COLUMNS = "id, session_id, pair_key, kind, profile_id, item_id, item_title,"
            + " left_run_id, left_strategy, left_model, left_label, right_run_id, right_strategy, right_model,"
            + " right_label, swapped, choice, rater, voted_at, origin";

    private final Database db;

    public SqliteJudgeRepository(Database db) {
        this.db = db;
    }

    @Override
    public void saveRating(Rating r) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ratings (" + RATING_COLUMNS + ") VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, rank, rater) DO UPDATE SET"
                    + " id = excluded.id, item_id = excluded.item_id, item_title = excluded.item_title,"
                    + " relevance = excluded.relevance, specificity = excluded.specificity,"
                    + " persuasiveness = excluded.persuasiveness, faithfulness = excluded.faithfulness,"
                    + " note = excluded.note, rated_at = excluded.rated_at, origin = excluded.origin")) {
                p.setString(1, r.id());
                p.setString(2, r.runId());
                p.setInt(3, r.rank());
                p.setString(4, r.itemId());
                p.setString(5, r.itemTitle());
                p.setInt(6, r.scores().relevance());
                p.setInt(7, r.scores().specificity());
                p.setInt(8, r.scores().persuasiveness());
                p.setInt(9, r.scores().faithfulness());
                p.setString(10, r.note());
                p.setString(11, r.rater());
                p.setString(12, Timestamps.format(r.ratedAt()));
                p.setString(13, r.origin().name());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Rating> ratingsOf(String runId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + RATING_COLUMNS
                    + " FROM ratings WHERE run_id = ? ORDER BY rank, rater")) {
                p.setString(1, runId);
                return ratings(p);
            }
        });
    }

    @Override
    public List<Rating> allRatings() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + RATING_COLUMNS
                    + " FROM ratings ORDER BY rated_at, id")) {
                return ratings(p);
            }
        });
    }

    @Override
    public void saveVote(Vote v) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO votes (" + VOTE_COLUMNS + ") VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, v.id());
                p.setString(2, v.sessionId());
                p.setString(3, v.pairKey());
                p.setString(4, v.kind().name());
                p.setString(5, v.profileId());
                p.setString(6, v.itemId());
                p.setString(7, v.itemTitle());
                setSource(p, 8, v.left());
                setSource(p, 12, v.right());
                p.setInt(16, v.swapped() ? 1 : 0);
                p.setString(17, v.choice().name());
                p.setString(18, v.rater());
                p.setString(19, Timestamps.format(v.votedAt()));
                p.setString(20, v.origin().name());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Vote> allVotes() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + VOTE_COLUMNS
                    + " FROM votes ORDER BY voted_at, id")) {
                List<Vote> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Vote(rs.getString("id"), rs.getString("session_id"), rs.getString("pair_key"),
                                PairKind.valueOf(rs.getString("kind")), rs.getString("profile_id"),
                                rs.getString("item_id"), rs.getString("item_title"), source(rs, "left_"),
                                source(rs, "right_"), rs.getInt("swapped") != 0, Choice.valueOf(rs.getString("choice")),
                                rs.getString("rater"), Timestamps.parse(rs.getString("voted_at")),
                                LabelOrigin.valueOf(rs.getString("origin"))));
                    }
                }
                return out;
            }
        });
    }

    private static List<Rating> ratings(PreparedStatement p) throws SQLException {
        List<Rating> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Rating(rs.getString("id"), rs.getString("run_id"), rs.getInt("rank"),
                        rs.getString("item_id"), rs.getString("item_title"),
                        new RubricScores(rs.getInt("relevance"), rs.getInt("specificity"),
                                rs.getInt("persuasiveness"), rs.getInt("faithfulness")),
                        rs.getString("note"), rs.getString("rater"), Timestamps.parse(rs.getString("rated_at")),
                        LabelOrigin.valueOf(rs.getString("origin"))));
            }
        }
        return out;
    }

    private static void setSource(PreparedStatement p, int first, VoteSource source) throws SQLException {
        p.setString(first, source.runId());
        p.setString(first + 1, source.strategyId());
        p.setString(first + 2, source.model());
        p.setString(first + 3, source.label());
    }

    private static VoteSource source(ResultSet rs, String prefix) throws SQLException {
        return new VoteSource(rs.getString(prefix + "run_id"), rs.getString(prefix + "strategy"),
                rs.getString(prefix + "model"), rs.getString(prefix + "label"));
    }
}
