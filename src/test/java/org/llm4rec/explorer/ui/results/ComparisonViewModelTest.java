package org.llm4rec.explorer.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.SampleStore;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.app.port.ComparisonRunColumn;
import org.llm4rec.explorer.app.port.RunSettings;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.domain.prompt.ZeroShotDirectStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.SqliteComparisonRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.compare.CompareViewModel;
import org.llm4rec.explorer.ui.history.HistoryViewModel;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * The comparison's view models against the fake Ollama over HTTP and a real SQLite file; work runs on the calling
 * thread, so each action has ended when it returns.
 */
class ComparisonViewModelTest {
    private static final String FAST = "llama3.2:3b";
    private static final String OTHER = "qwen3:4b";

    @TempDir
    Path dir;
    private SampleStore store;
    private FakeOllama ollama;
    private Background background;
    private SqliteRunRepository runs;
    private SqliteComparisonRepository comparisons;
    private ResultsViewModel results;
    private HistoryViewModel history;

    @BeforeEach
    void setUp() {
        store = new SampleStore(dir);
        runs = store.runs;
        comparisons = new SqliteComparisonRepository(store.db);
        ollama = FakeOllama.start().replies(FAST, p -> DemoAnswers.forPrompt(p, false))
                .replies(OTHER, p -> DemoAnswers.forPrompt(p, true));
        background = SameThreadBackground.create();
        results = new ResultsViewModel(store.service(ollama.baseUrl()), new TaskList(background), comparisons,
                Clock.systemUTC());
        results.useContext(new FixedContext());
        history = new HistoryViewModel(runs, comparisons, background, results,
                id -> Strategies.byId(id).map(PromptStrategy::name).orElse(id));
    }

    @AfterEach
    void tearDown() {
        background.close();
        ollama.close();
        store.close();
    }

    @Test
    void runAllGivesEveryColumnTheSameCandidatesAndKeepsTheGrouping() {
        RunColumnViewModel first = add(ranking(FAST));
        RunColumnViewModel second = add(ranking(OTHER).withOptions(options(0.9, 7)));
        RunColumnViewModel open = add(new ColumnConfiguration(ZeroShotDirectStrategy.ID, FAST, GenerationOptions.defaults(), 10,
                RunSettings.defaults(), 1));

        results.runAll();

        assertThat(results.columns()).allSatisfy(c -> assertThat(c.stateProperty().get())
                .isEqualTo(RunColumnViewModel.State.COMPLETED));
        assertThat(results.messageProperty().get()).isEqualTo(
                "Ran 3 columns on \"Fantasy reader\" with the same 20 candidates.");
        List<Item> candidates = first.runProperty().get().candidates().items();
        assertThat(candidates).hasSize(20);
        assertThat(second.runProperty().get().candidates().items()).isEqualTo(candidates);
        assertThat(open.runProperty().get().candidates()).as("open generation ranks no candidates").isNull();
        for (Item item : candidates) {
            assertThat(first.promptProperty().get()).contains(item.title());
            assertThat(second.promptProperty().get()).contains(item.title());
        }
        var chats = ollama.requests("/api/chat");
        assertThat(chats).extracting(r -> r.json().path("model").asText()).containsExactlyInAnyOrder(FAST, OTHER,
                FAST);
        assertThat(chats).filteredOn(r -> r.json().path("model").asText().equals(OTHER)).singleElement()
                .satisfies(r -> {
                    assertThat(r.json().path("options").path("temperature").asDouble()).isEqualTo(0.9);
                    assertThat(r.json().path("options").path("seed").asInt()).isEqualTo(7);
                });

        ComparisonRun stored = comparisons.recentRuns(5).get(0);
        assertThat(stored.profileName()).isEqualTo("Fantasy reader");
        assertThat(stored.runs()).extracting(ComparisonRunColumn::columnIndex).containsExactly(0, 1, 2);
        assertThat(stored.runs()).extracting(ComparisonRunColumn::runId).containsExactly(
                first.runProperty().get().id(), second.runProperty().get().id(), open.runProperty().get().id());
        assertThat(stored.runs().get(1).configuration()).isEqualTo(second.configurationProperty().get());

        results.runColumn(second);
        assertThat(second.runProperty().get().candidates().items()).as("run alone, same profile").isEqualTo(candidates);
        assertThat(comparisons.recentRuns(5)).hasSize(1);
        assertThat(comparisons.recentRuns(5).get(0).runs().get(1).runId()).isEqualTo(second.runProperty().get().id());
    }

    @Test
    void repeatsRunWithConsecutiveSeedsAndCanBeSteppedThrough() {
        RunColumnViewModel column = add(ranking(FAST).withOptions(options(0.7, 100)).withRepeats(3));
        ObservableList<RunRecord> repeats = column.repeats();
        List<Integer> sizesSeen = new ArrayList<>();
        repeats.addListener((javafx.collections.ListChangeListener<RunRecord>) c -> sizesSeen.add(repeats.size()));

        results.runAll();

        assertThat(repeats).hasSize(3);
        assertThat(sizesSeen).containsExactly(1, 2, 3);
        assertThat(repeats).extracting(r -> r.options().seed()).containsExactly(100, 101, 102);
        assertThat(new CompareViewModel(results.columns()).repeatGroups())
                .as("the across-columns window offers the column's repeats for the stability view")
                .singleElement().satisfies(group -> assertThat(group.runs()).containsExactlyElementsOf(repeats));
        assertThat(ollama.requests("/api/chat")).extracting(r -> r.json().path("options").path("seed").asInt())
                .containsExactly(100, 101, 102);
        assertThat(column.shownRepeatProperty().get()).isZero();
        assertThat(column.runProperty().get()).isSameAs(repeats.get(0));
        column.showRepeat(2);
        assertThat(column.runProperty().get()).isSameAs(repeats.get(2));
        assertThat(column.messageProperty().get()).startsWith("Repeat 3 of 3 (seed 102)");
        assertThat(comparisons.recentRuns(1).get(0).runs()).extracting(ComparisonRunColumn::repeatIndex)
                .containsExactly(0, 1, 2);

        results.runColumn(column);
        assertThat(column.repeats()).as("the same list, refilled by the new run").isSameAs(repeats).hasSize(3);
    }

    @Test
    void reopeningAStoredComparisonShowsTheSameListsMetricsAndPromptsWithoutAsking() {
        add(ranking(FAST));
        add(ranking(OTHER).withRepeats(2));
        results.runAll();
        List<RunColumnViewModel> ran = List.copyOf(results.columns());
        int asked = ollama.requests("/api/chat").size();

        history.refresh();
        assertThat(history.comparisonRuns()).hasSize(1);
        assertThat(history.describe(history.comparisonRuns().get(0))).contains("Fantasy reader").contains("2 columns");
        history.open(history.comparisonRuns().get(0));

        assertThat(results.columns()).hasSize(4);
        for (int i = 0; i < 2; i++) {
            RunColumnViewModel before = ran.get(i);
            RunColumnViewModel again = results.columns().get(2 + i);
            assertThat(again.recommendations()).isEqualTo(before.recommendations());
            assertThat(again.metricsProperty().get()).isNotEmpty().isEqualTo(before.metricsProperty().get());
            assertThat(again.promptProperty().get()).isEqualTo(before.promptProperty().get());
            assertThat(again.titleProperty().get()).isEqualTo(before.titleProperty().get());
            assertThat(again.configurationProperty().get()).isEqualTo(before.configurationProperty().get());
            assertThat(again.repeats()).isEqualTo(before.repeats());
        }
        assertThat(ollama.requests("/api/chat")).as("reopening asks nothing").hasSize(asked);

        history.rerun(history.comparisonRuns().get(0));
        assertThat(results.columns()).hasSize(6);
        assertThat(results.columns().subList(4, 6)).allSatisfy(c -> assertThat(c.stateProperty().get())
                .isEqualTo(RunColumnViewModel.State.COMPLETED));
        List<ComparisonRun> both = comparisons.recentRuns(5);
        assertThat(both).hasSize(2);
        assertThat(both.get(0).rerunOf()).isEqualTo(both.get(1).id());
    }

    @Test
    void columnsAreDuplicatedMovedFocusedCollapsedRemovedAndSavedAsANamedComparison() {
        RunColumnViewModel a = add(ranking(FAST));
        RunColumnViewModel b = add(ranking(OTHER));
        RunColumnViewModel copy = results.duplicate(a);
        assertThat(results.columns()).containsExactly(a, copy, b);
        assertThat(copy.configurationProperty().get()).isEqualTo(a.configurationProperty().get());
        assertThat(copy.stateProperty().get()).isEqualTo(RunColumnViewModel.State.IDLE);

        results.move(b, -1);
        assertThat(results.columns()).containsExactly(a, b, copy);
        results.move(a, -1);
        assertThat(results.columns()).as("the first stays first").containsExactly(a, b, copy);
        results.move(a, 1);
        assertThat(results.columns()).containsExactly(b, a, copy);

        results.focus(a);
        assertThat(results.focusedProperty().get()).isSameAs(a);
        results.remove(a);
        assertThat(results.focusedProperty().get()).as("a removed column is no longer focused").isNull();
        b.collapsedProperty().set(true);
        assertThat(results.columns()).containsExactly(b, copy);

        results.saveComparison("Two models");
        results.saveComparison(" ");
        assertThat(results.messageProperty().get()).contains("name");
        results.columns().clear();
        results.refreshSaved();
        assertThat(results.savedComparisons()).singleElement().satisfies(saved -> {
            assertThat(saved.name()).isEqualTo("Two models");
            assertThat(saved.columns()).containsExactly(b.configurationProperty().get(),
                    copy.configurationProperty().get());
        });
        results.load(results.savedComparisons().get(0));
        assertThat(results.columns()).extracting(c -> c.configurationProperty().get().model())
                .containsExactly(OTHER, FAST);
        assertThat(results.columns()).allSatisfy(c -> assertThat(c.stateProperty().get())
                .isEqualTo(RunColumnViewModel.State.IDLE));
        assertThat(ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void theEditorChangesTheConfigurationOnlyWhenEverythingTypedIsValid() {
        RunColumnViewModel column = add(ranking(FAST));
        ColumnEditorViewModel editor = new ColumnEditorViewModel(column.configurationProperty(), results.context());
        assertThat(editor.temperatureProperty().get()).isEqualTo("0.2");
        editor.modelProperty().set(OTHER);
        editor.temperatureProperty().set("warm");
        assertThat(editor.apply()).isFalse();
        assertThat(editor.errorProperty().get()).contains("Temperature").contains("warm");
        assertThat(column.configurationProperty().get().model()).isEqualTo(FAST);

        editor.temperatureProperty().set("1.1");
        editor.numCtxProperty().set("");
        editor.seedProperty().set("5");
        editor.repeatsProperty().set("4");
        editor.strategyProperty().set(Strategies.byId(ZeroShotDirectStrategy.ID).orElseThrow());
        assertThat(editor.apply()).isTrue();
        ColumnConfiguration changed = column.configurationProperty().get();
        assertThat(changed.model()).isEqualTo(OTHER);
        assertThat(changed.strategyId()).isEqualTo(ZeroShotDirectStrategy.ID);
        assertThat(changed.options().temperature()).isEqualTo(1.1);
        assertThat(changed.options().numCtx()).as("blank: the server's default").isNull();
        assertThat(changed.options().seed()).isEqualTo(5);
        assertThat(changed.repeats()).isEqualTo(4);
        assertThat(column.titleProperty().get()).isEqualTo(Strategies.byId(ZeroShotDirectStrategy.ID).orElseThrow().name());

        editor.repeatsProperty().set("0");
        assertThat(editor.apply()).isFalse();
        assertThat(editor.errorProperty().get()).contains("Repeats");
    }

    @Test
    void runSlotsStartAtMostTheLimitAndTheRestInOrder() {
        RunSlots slots = new RunSlots();
        List<String> started = new ArrayList<>();
        Runnable third = () -> started.add("c");
        slots.submit(() -> started.add("a"));
        slots.submit(() -> started.add("b"));
        slots.submit(third);
        slots.submit(() -> started.add("d"));
        assertThat(started).containsExactly("a", "b");
        assertThat(slots.withdraw(third)).isTrue();
        slots.release();
        assertThat(started).containsExactly("a", "b", "d");
        slots.limitProperty().set(3);
        slots.submit(() -> started.add("e"));
        assertThat(started).containsExactly("a", "b", "d", "e");
    }

    private RunColumnViewModel add(ColumnConfiguration configuration) {
        RunColumnViewModel column = results.newColumn(configuration);
        results.columns().add(column);
        return column;
    }

    private static ColumnConfiguration ranking(String model) {
        return new ColumnConfiguration(RankingStrategy.SEQUENTIAL, model, GenerationOptions.defaults(), 10,
                RunSettings.defaults(), 1);
    }

    private static GenerationOptions options(double temperature, int seed) {
        GenerationOptions d = GenerationOptions.defaults();
        return d.withTemperature(temperature).withSeed(seed);
    }

    /** The sidebar: the fantasy reader on the sample catalogue, both fake models listed. */
    private final class FixedContext implements RunContext {
        private final ObservableList<ModelInfo> models = FXCollections.observableArrayList(
                new ModelInfo(FAST, "sha256:fast", "llama", "3B", "Q4_K_M", 1),
                new ModelInfo(OTHER, "sha256:other", "qwen3", "4B", "Q4_K_M", 1));

        @Override
        public Optional<ColumnConfiguration> current() {
            return Optional.of(ranking(FAST));
        }

        @Override
        public String blocker() {
            return "";
        }

        @Override
        public RecommendationRequest request(ColumnConfiguration configuration, List<Item> candidates) {
            PromptStrategy strategy = Strategies.byId(configuration.strategyId()).orElseThrow();
            ModelInfo model = models.stream().filter(m -> m.name().equals(configuration.model())).findFirst()
                    .orElseThrow();
            return new RecommendationRequest(store.dataset, store.fantasy, strategy, strategy.defaultTemplate(), model,
                    FakeOllama.VERSION, configuration.options(), configuration.count(), candidates,
                    configuration.settings(), 0, true);
        }

        @Override
        public List<PromptStrategy> strategies() {
            return Strategies.all();
        }

        @Override
        public ObservableList<ModelInfo> models() {
            return models;
        }
    }
}
