package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;

class SqliteRunRepositoryTest {
    private static final Item WAY_OF_KINGS = new Item("562", "The Way of Kings (The Stormlight Archive, #1)",
            "Brandon Sanderson", 2010, "", 144_822);
    private static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 2_071_616);

    @TempDir
    Path dir;

    @Test
    void aRunComesBackWhole_AfterTheFileIsClosedAndReopened() {
        RunRecord run = completedRun("r1", Instant.parse("2024-05-01T10:15:30.123456789Z"));
        try (Database db = Database.open(dir.resolve("store.db"))) {
            new SqliteRunRepository(db).save(run);
        }
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteRunRepository runs = new SqliteRunRepository(db);
            assertThat(runs.find("r1")).contains(run);
            assertThat(runs.recent(10)).containsExactly(run);
        }
    }

    @Test
    void aFailedRunWithoutMetricsOrParseRoundTrips() {
        RunRecord failed = FailedRuns.failed("r2", Instant.parse("2024-05-01T10:00:00Z"), "abc").message("connection refused").build();
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteRunRepository runs = new SqliteRunRepository(db);
            runs.save(failed);
            assertThat(runs.find("r2")).contains(failed);
            assertThat(runs.find("missing")).isEmpty();
        }
    }

    @Test
    void recentListsTheNewestFirstUpToTheLimit() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteRunRepository runs = new SqliteRunRepository(db);
            // Whole seconds and fractions mixed: their text forms would sort wrongly if not fixed width.
            runs.save(completedRun("noon", Instant.parse("2024-05-01T12:00:00Z")));
            runs.save(completedRun("later", Instant.parse("2024-05-01T12:00:00.5Z")));
            runs.save(completedRun("morning", Instant.parse("2024-05-01T09:00:00Z")));
            runs.save(completedRun("evening", Instant.parse("2024-05-01T20:00:00Z")));

            assertThat(runs.recent(3)).extracting(RunRecord::id).containsExactly("evening", "later", "noon");
            assertThat(runs.recent(0)).isEmpty();
        }
    }

    @Test
    void savingARunAgainReplacesIt() {
        Instant start = Instant.parse("2024-05-01T12:00:00Z");
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteRunRepository runs = new SqliteRunRepository(db);
            RunRecord started = RunRecord.builder()
                    .id("r1")
                    .createdAt(start)
                    .datasetId("books")
                    .datasetVersion("v1")
                    .profileId("p1")
                    .profileName("Reader")
                    .strategyId("zero-shot")
                    .templateId("t")
                    .templateVersion(1)
                    .model("m")
                    .options(GenerationOptions.defaults())
                    .prompt("prompt")
                    .promptHash("hash")
                    .rawResponse("")
                    .thinking("")
                    .parseStatus(null)
                    .recommendations(List.of())
                    .status(RunStatus.CANCELLED)
                    .message("")
                    .build();
            runs.save(started);
            RunRecord finished = completedRun("r1", start);
            runs.save(finished);

            assertThat(runs.recent(10)).containsExactly(finished);
        }
    }

    @Test
    void runsSavedFromManyThreadsAtOnceAreAllKept() throws Exception {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteRunRepository runs = new SqliteRunRepository(db);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> saves = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    Instant at = Instant.parse("2024-05-01T00:00:00Z").plusSeconds(i);
                    String id = "run-" + i;
                    saves.add(pool.submit(() -> {
                        runs.save(completedRun(id, at));
                        runs.recent(5);
                    }));
                }
                for (Future<?> save : saves) {
                    save.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(runs.recent(1000)).hasSize(100).first().extracting(RunRecord::id).isEqualTo("run-99");
        }
    }

    private static RunRecord completedRun(String id, Instant createdAt) {
        GenerationOptions options = new GenerationOptions(0.7, 0.9, 40, 7, 4096, 512, 1.1, List.of("\n\n", "END"), true);
        List<Recommendation> recommendations = List.of(
                new Recommendation(1, "The Way of Kings", "Brandon Sanderson", "Epic \"scope\", like Mistborn.",
                        new Grounding(WAY_OF_KINGS, GroundingMethod.NORMALISED, 1.0), Set.of(), true),
                new Recommendation(2, "The Hobit", "Tolkien", "A classic — ünïcode ✓",
                        new Grounding(HOBBIT, GroundingMethod.FUZZY, 0.83),
                        Set.of(Flag.ALREADY_SEEN, Flag.NOT_IN_CANDIDATES), false),
                new Recommendation(3, "The Invented Book", "", "", Grounding.none(),
                        Set.of(Flag.NOT_IN_CATALOGUE), false),
                new Recommendation(4, "The Way of Kings", "", "again", new Grounding(WAY_OF_KINGS,
                        GroundingMethod.EXACT, 1.0), Set.of(Flag.DUPLICATE), false));
        return RunRecord.builder()
                .id(id)
                .createdAt(createdAt)
                .datasetId("goodbooks-10k-sample")
                .datasetVersion("9f2c")
                .profileId("demo-fantasy-reader")
                .profileName("Fantasy reader")
                .strategyId("zero-shot")
                .templateId("zero-shot-direct")
                .templateVersion(3)
                .model("qwen2.5:7b")
                .modelDigest("sha256:abc")
                .serverVersion("0.5.7")
                .options(options)
                .prompt("Recommend 4 books.\nHistory: ...")
                .promptHash("e3b0c442")
                .rawResponse("{\"items\": []}")
                .thinking("I think...")
                .parseStatus(ParseStatus.JSON_IN_TEXT)
                .recommendations(recommendations)
                .metrics(new LlmMetrics(120L, 3400, 800L, 512, 256, 2100L))
                .status(RunStatus.COMPLETED)
                .message("read JSON inside text")
                .build();
    }
}
