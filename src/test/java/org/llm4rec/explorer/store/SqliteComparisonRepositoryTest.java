package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.app.port.ComparisonRunColumn;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.app.port.SavedComparison;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.candidates.CandidateProtocol;
import org.llm4rec.explorer.domain.candidates.CandidateSpec;
import org.llm4rec.explorer.domain.candidates.DemoSource;
import org.llm4rec.explorer.domain.run.RunRecord;

/** Saved comparisons and comparison runs in a real SQLite file, read back after the store is opened again. */
class SqliteComparisonRepositoryTest {
    private static final ColumnConfiguration ZERO_SHOT = new ColumnConfiguration("zero-shot", "llama3.2:3b",
            GenerationOptions.defaults(), 10, RunSettings.defaults(), 1);
    private static final ColumnConfiguration RANKING = new ColumnConfiguration("llmrank", "qwen3:4b",
            new GenerationOptions(0.7, 0.8, null, 7, 4096, 512, null, List.of("###"), true, null), 5,
            new RunSettings(new CandidateSpec(CandidateProtocol.RANDOM_WITH_TARGET, 15, 3L), DemoSource.OWN_HISTORY, 2,
                    true, 1), 3);

    @TempDir
    Path dir;

    @Test
    void savedComparisonsKeepEveryFieldAndASecondSaveUnderTheNameReplacesTheFirst() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            var repository = new SqliteComparisonRepository(db);
            repository.save(new SavedComparison("Models", List.of(ZERO_SHOT), Instant.parse("2026-01-01T10:00:00Z")));
            repository.save(new SavedComparison("Temperatures", List.of(ZERO_SHOT, RANKING),
                    Instant.parse("2026-01-02T10:00:00Z")));
            repository.save(new SavedComparison(" Models ", List.of(RANKING), Instant.parse("2026-01-03T10:00:00Z")));
        }
        try (Database db = Database.open(dir.resolve("store.db"))) {
            List<SavedComparison> saved = new SqliteComparisonRepository(db).saved();
            assertThat(saved).extracting(SavedComparison::name).containsExactly("Models", "Temperatures");
            SavedComparison temperatures = saved.get(1);
            assertThat(temperatures.columns()).containsExactly(ZERO_SHOT, RANKING);
            assertThat(temperatures.savedAt()).isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
            assertThat(saved.get(0).columns()).containsExactly(RANKING);
        }
    }

    @Test
    void aComparisonRunGroupsItsRunsByColumnAndRepeatAndARerunOfAColumnReplacesItsEntry() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            var runs = new SqliteRunRepository(db);
            for (String id : List.of("r1", "r2", "r3", "r2-again", "r9")) {
                runs.save(run(id));
            }
            var repository = new SqliteComparisonRepository(db);
            repository.startRun(new ComparisonRun("c1", Instant.parse("2026-01-01T10:00:00Z"), "p1", "Reader", null,
                    List.of()));
            repository.recordRun("c1", new ComparisonRunColumn(1, 0, RANKING, "r2"));
            repository.recordRun("c1", new ComparisonRunColumn(0, 0, ZERO_SHOT, "r1"));
            repository.recordRun("c1", new ComparisonRunColumn(1, 1, RANKING, "r3"));
            repository.recordRun("c1", new ComparisonRunColumn(1, 0, RANKING, "r2-again"));
            repository.startRun(new ComparisonRun("c2", Instant.parse("2026-01-02T10:00:00Z"), "p1", "Reader", "c1",
                    List.of(new ComparisonRunColumn(0, 0, ZERO_SHOT, "r9"))));
        }
        try (Database db = Database.open(dir.resolve("store.db"))) {
            List<ComparisonRun> runs = new SqliteComparisonRepository(db).recentRuns(10);
            assertThat(runs).extracting(ComparisonRun::id).containsExactly("c2", "c1");
            assertThat(runs.get(0).rerunOf()).isEqualTo("c1");
            assertThat(runs.get(0).runs()).extracting(ComparisonRunColumn::runId).containsExactly("r9");
            ComparisonRun first = runs.get(1);
            assertThat(first.profileName()).isEqualTo("Reader");
            assertThat(first.columnCount()).isEqualTo(2);
            assertThat(first.runs()).extracting(ComparisonRunColumn::runId).containsExactly("r1", "r2-again", "r3");
            assertThat(first.runs().get(2).configuration()).isEqualTo(RANKING);
            assertThat(new SqliteComparisonRepository(db).recentRuns(1)).extracting(ComparisonRun::id)
                    .containsExactly("c2");
        }
    }

    /** A stored run: the grouping refers to runs that exist. */
    private static RunRecord run(String id) {
        return FailedRuns.failed(id, Instant.parse("2026-01-01T10:00:00Z"), "v1").message("connection refused").build();
    }
}
