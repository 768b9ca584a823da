package org.llm4rec.explorer.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.SampleStore;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.ZeroShotDirectStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteComparisonRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.task.TaskList;

/** What-if: columns made from an older version of the profile are marked stale and can be run again. */
class StaleResultsTest {
    private static final String MODEL = "llama3.2:3b";
    private static final Dataset BOOKS = new Dataset("books", "Books", "book", "v1", 3);
    private static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 100);
    private static final Item DUNE = new Item("8", "Dune", "Frank Herbert", 1965, "", 90);
    private static final Item EMMA = new Item("9", "Emma", "Jane Austen", 1815, "", 80);
    private static final Profile READER = new Profile("p1", "Reader", "books", "",
            List.of(new ProfileEntry(HOBBIT, 5.0, false), new ProfileEntry(DUNE, 4.0, false),
                    new ProfileEntry(EMMA, null, true)), "");

    @TempDir
    Path dir;
    private FakeOllama ollama;
    private Database db;
    private SqliteRunRepository runs;
    private Background background;
    private ResultsViewModel results;
    private final SimpleObjectProperty<Profile> current = new SimpleObjectProperty<>(READER);

    @BeforeEach
    void open() {
        ollama = FakeOllama.start().reply(MODEL, DemoAnswers.fantasy());
        db = Database.open(dir.resolve("store.db"));
        var catalogue = new SqliteCatalogueRepository(db);
        catalogue.saveDataset(BOOKS, List.of(HOBBIT, DUNE, EMMA));
        runs = new SqliteRunRepository(db);
        background = SameThreadBackground.create();
        var service = SampleStore.service(ollama.baseUrl(), catalogue, runs);
        results = new ResultsViewModel(service, new TaskList(background), new SqliteComparisonRepository(db), Clock.systemUTC());
        results.trackProfile(current);
    }

    @AfterEach
    void close() {
        background.close();
        db.close();
        ollama.close();
    }

    @Test
    void editingTheProfileMarksItsColumnsStaleAndRunAgainAddsAFreshColumn() {
        RunColumnViewModel first = results.run(request(READER));
        assertThat(first.stateProperty().get()).isEqualTo(RunColumnViewModel.State.COMPLETED);
        assertThat(first.staleProperty().get()).isFalse();
        assertThat(first.runProperty().get().profileHash()).isEqualTo(READER.fingerprint());
        List<?> before = List.copyOf(first.recommendations());

        Profile rerated = withEntries(READER, List.of(new ProfileEntry(HOBBIT, 2.0, false),
                new ProfileEntry(DUNE, 4.0, false), new ProfileEntry(EMMA, null, true)));
        current.set(rerated);
        assertThat(first.staleProperty().get()).isTrue();

        RunColumnViewModel second = results.runAgain(first).orElseThrow();
        assertThat(results.columns()).containsExactly(first, second);
        assertThat(second.staleProperty().get()).isFalse();
        assertThat(second.titleProperty().get()).isEqualTo(first.titleProperty().get());
        assertThat(second.promptProperty().get()).contains("rated 2/5").doesNotContain("rated 5/5");
        assertThat(first.staleProperty().get()).isTrue();
        assertThat(first.recommendations()).as("the older results stay for comparison").isEqualTo(before);
        assertThat(ollama.requests("/api/chat")).hasSize(2);

        current.set(new Profile(rerated.id(), "Renamed", rerated.datasetId(), "new description",
                rerated.entries(), rerated.preferences()));
        assertThat(second.staleProperty().get()).as("a new name does not change what was asked").isFalse();

        current.set(READER);
        assertThat(first.staleProperty().get()).as("back to the version it was made from").isFalse();
        assertThat(second.staleProperty().get()).isTrue();
    }

    @Test
    void storedRunsAreComparedByTheirRecordedFingerprint() {
        RunRecord made = results.run(request(READER)).runProperty().get();
        RunRecord stored = runs.find(made.id()).orElseThrow();
        assertThat(stored.profileHash()).isEqualTo(READER.fingerprint());

        current.set(withEntries(READER, READER.entries().subList(0, 2)));
        RunColumnViewModel reopened = results.show(stored, "Zero-shot");
        assertThat(reopened.staleProperty().get()).isTrue();
        assertThat(reopened.canRunAgain()).isFalse();

        RunRecord older = RunRecord.builder()
                .id("old")
                .createdAt(made.createdAt())
                .datasetId("books")
                .datasetVersion("v1")
                .profileId("p1")
                .profileName("Reader")
                .strategyId(made.strategyId())
                .templateId(made.templateId())
                .templateVersion(made.templateVersion())
                .model(MODEL)
                .options(made.options())
                .prompt(made.prompt())
                .promptHash(made.promptHash())
                .rawResponse(made.rawResponse())
                .thinking("")
                .parseStatus(made.parseStatus())
                .recommendations(made.recommendations())
                .status(made.status())
                .message("")
                .build();
        assertThat(results.show(older, "Zero-shot").staleProperty().get())
                .as("a run stored before fingerprints were recorded has nothing to compare").isFalse();
        Profile someoneElse = new Profile("p2", "Other", "books", "", READER.entries(), "");
        RunColumnViewModel other = results.run(request(someoneElse));
        assertThat(other.staleProperty().get()).as("columns of another profile are not about this one").isFalse();
    }

    private static Profile withEntries(Profile profile, List<ProfileEntry> entries) {
        return new Profile(profile.id(), profile.name(), profile.datasetId(), profile.description(), entries,
                profile.preferences());
    }

    private static RecommendationRequest request(Profile profile) {
        var strategy = new ZeroShotDirectStrategy();
        return new RecommendationRequest(BOOKS, profile, strategy, strategy.defaultTemplate(),
                new ModelInfo(MODEL, "sha256:abc", "llama", "3B", "Q4_K_M", 1L), "0.12.10",
                GenerationOptions.defaults(), 5, List.of());
    }
}
