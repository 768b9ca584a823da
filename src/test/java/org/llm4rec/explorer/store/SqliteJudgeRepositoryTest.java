package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.RaterName;
import org.llm4rec.explorer.domain.judge.Choice;
import org.llm4rec.explorer.domain.judge.LabelOrigin;
import org.llm4rec.explorer.domain.judge.PairKind;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.RubricScores;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.domain.judge.VoteSource;
import org.llm4rec.explorer.domain.run.RunRecord;

class SqliteJudgeRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void ratingsAndVotesComeBackWhole_AfterTheFileIsClosedAndReopened() {
        Rating rating = new Rating("rt1", "run-a", 2, "562", "The Way of Kings", new RubricScores(5, 4, 3, 2),
                "Cites a book that is \"not\" in the history; <b>odd</b>", "Ada",
                Instant.parse("2026-11-25T10:15:30.123456789Z"), LabelOrigin.HUMAN);
        Vote vote = new Vote("v1", "session-1", "run-a|run-b|562", PairKind.EXPLANATION, "p1", "562",
                "The Way of Kings", new VoteSource("run-b", "few-shot", "qwen2:1.5b", "Few-shot · qwen2:1.5b"),
                new VoteSource("run-a", "zero-shot", "llama3.2:3b", "Zero-shot · llama3.2:3b"), true,
                Choice.BOTH_BAD, "Ada", Instant.parse("2026-11-25T10:16:00Z"), LabelOrigin.HUMAN);
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteRunRepository runs = new SqliteRunRepository(db);
            runs.save(run("run-a"));
            runs.save(run("run-b"));
            SqliteJudgeRepository judge = new SqliteJudgeRepository(db);
            judge.saveRating(rating);
            judge.saveVote(vote);
            new RaterName(new SqliteSettingsRepository(db)).set("  Ada  ");
        }
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteJudgeRepository judge = new SqliteJudgeRepository(db);
            assertThat(judge.ratingsOf("run-a")).containsExactly(rating);
            assertThat(judge.ratingsOf("run-b")).isEmpty();
            assertThat(judge.allRatings()).containsExactly(rating);
            assertThat(judge.allVotes()).containsExactly(vote);
            assertThat(new RaterName(new SqliteSettingsRepository(db)).get()).isEqualTo("Ada");
        }
    }

    @Test
    void ratingAgainReplacesTheRatersEarlierRatingButKeepsOtherRaters() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            new SqliteRunRepository(db).save(run("run-a"));
            SqliteJudgeRepository judge = new SqliteJudgeRepository(db);
            judge.saveRating(rating("first", "Ada", 1, Instant.parse("2026-11-25T10:00:00Z")));
            judge.saveRating(rating("other", "Grace", 3, Instant.parse("2026-11-25T10:01:00Z")));
            Rating again = rating("second", "Ada", 5, Instant.parse("2026-11-25T10:02:00Z"));
            judge.saveRating(again);

            List<Rating> stored = judge.ratingsOf("run-a");
            assertThat(stored).extracting(Rating::rater).containsExactly("Ada", "Grace");
            assertThat(stored.get(0)).isEqualTo(again);
        }
    }

    @Test
    void aRatingOfAnUnknownRunIsRefused() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteJudgeRepository judge = new SqliteJudgeRepository(db);
            assertThatThrownBy(() -> judge.saveRating(rating("x", "Ada", 3, Instant.EPOCH)))
                    .isInstanceOf(RuntimeException.class);
            assertThat(judge.allRatings()).isEmpty();
        }
    }

    private static Rating rating(String id, String rater, int stars, Instant at) {
        return new Rating(id, "run-a", 1, null, "Dune", new RubricScores(stars, stars, stars, stars), "", rater, at,
                LabelOrigin.HUMAN);
    }

    private static RunRecord run(String id) {
        return FailedRuns.failed(id, Instant.parse("2026-11-25T09:00:00Z"), "abc").build();
    }
}
