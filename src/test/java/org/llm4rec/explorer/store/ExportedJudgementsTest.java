package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.export.Comparison;
import org.llm4rec.explorer.app.export.ComparisonFiles;
import org.llm4rec.explorer.app.export.ExportFormat;
import org.llm4rec.explorer.app.export.ExportedColumn;
import org.llm4rec.explorer.app.export.HostileRuns;
import org.llm4rec.explorer.app.export.Judgements;
import org.llm4rec.explorer.domain.judge.Rating;

/** Judgements saved in a real store reach the exports whole, and come back whole from a JSON export. */
class ExportedJudgementsTest {
    @TempDir
    Path dir;

    /** A store holding the two hostile runs with every rating and vote of them. */
    private static SqliteJudgeRepository judged(Database db) {
        SqliteRunRepository runs = new SqliteRunRepository(db);
        runs.save(HostileRuns.completed());
        runs.save(HostileRuns.failed());
        SqliteJudgeRepository judge = new SqliteJudgeRepository(db);
        HostileRuns.ratings().forEach(judge::saveRating);
        HostileRuns.votes().forEach(judge::saveVote);
        return judge;
    }

    @Test
    void everyStoredRatingAndVoteOfTheExportedRunsRoundTrips() throws Exception {
        Comparison exported;
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteJudgeRepository judge = judged(db);
            Judgements.Judged judged = Judgements.from(judge, new SqliteModelJudgementRepository(db))
                    .of(List.of("run-1", "run-2"));
            exported = new Comparison(Instant.parse("2026-11-25T13:00:00Z"), "0.1.0",
                    List.of(new ExportedColumn("A", HostileRuns.completed(), List.of()),
                            new ExportedColumn("B", HostileRuns.failed(), List.of())),
                    judged.ratings(), judged.votes(), judged.modelJudgements());
        }
        assertThat(exported.ratings()).containsExactlyInAnyOrderElementsOf(HostileRuns.ratings());
        assertThat(exported.votes()).containsExactlyInAnyOrderElementsOf(HostileRuns.votes());

        ComparisonFiles files = new ComparisonFiles();
        Path json = files.write(exported, ExportFormat.JSON, dir.resolve("c.json"));
        Path csv = files.write(exported, ExportFormat.CSV, dir.resolve("c.csv"));

        assertThat(files.read(json)).isEqualTo(exported);
        String table = Files.readString(csv);
        for (Rating rating : HostileRuns.ratings()) {
            assertThat(table).contains(rating.id() + ",HUMAN,");
        }
    }

    @Test
    void votesWithARunOutsideTheExportAreLeftOut() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteJudgeRepository judge = judged(db);

            Judgements.Judged judged = Judgements.from(judge, new SqliteModelJudgementRepository(db))
                    .of(List.of("run-1"));

            assertThat(judged.ratings()).hasSize(3);
            assertThat(judged.votes()).isEmpty();
        }
    }
}
