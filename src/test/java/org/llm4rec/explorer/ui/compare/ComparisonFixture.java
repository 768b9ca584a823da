package org.llm4rec.explorer.ui.compare;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteComparisonRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * Result columns made the real way: requests through the recommendation service, over HTTP to the fake Ollama,
 * grounded against a catalogue in a real SQLite file. Runs complete on the calling thread.
 *
 * <p>Models: {@link #LLAMA} answers the ten fantasy books in order (then an invented title), {@link #QWEN} the
 * same ten reversed (then the invented title), {@link #GEMMA} a short list of its own ({@link #GEMMA_ANSWER}), and
 * {@link #REPEATER} answers each call with the next of {@link #REPEATS}.
 */
final class ComparisonFixture implements AutoCloseable {
    static final String LLAMA = "llama3.2:3b";
    static final String QWEN = "qwen3:4b";
    static final String GEMMA = "gemma3:1b";
    static final String REPEATER = "mistral:7b";
    static final List<String> FANTASY = List.of("The Way of Kings", "The Blade Itself", "Gardens of the Moon",
            "Uprooted", "Jonathan Strange and Mr. Norrell", "The Eye of the World", "American Gods", "The Last Wish",
            "The Night Circus", "The Lions of Al-Rassan");
    /** The Way of Kings, Uprooted, The Blade Itself, Dune, Rebecca: the first explained differently from LLAMA. */
    static final String GEMMA_ANSWER = answer(
            "The Way of Kings", "A vast epic from the author of Mistborn, which you rated 5 stars.",
            "Uprooted", "A fairy-tale fantasy.",
            "The Blade Itself", "Gritty and funny.",
            "Dune", "Politics on a desert planet.",
            "Rebecca", "A gothic mystery.");
    /** Three repeats of one configuration, each answer a little different. */
    static final List<String> REPEATS = List.of(
            answer("The Way of Kings", "Epic.", "The Blade Itself", "Gritty.", "Uprooted", "Fairy tale."),
            answer("The Way of Kings", "Epic.", "Uprooted", "Fairy tale.", "Dune", "Desert."),
            answer("The Blade Itself", "Gritty.", "The Way of Kings", "A vast epic.", "Rebecca", "Gothic."));

    private static final Dataset BOOKS = new Dataset("books", "Books", "book", "v1", 1);
    private static final Item HOBBIT = new Item("h", "The Hobbit", "J.R.R. Tolkien", 1937, "", 100);
    private static final Profile READER = new Profile("p1", "Fantasy reader", "books", "",
            List.of(new ProfileEntry(HOBBIT, 5.0, false)), "");

    final FakeOllama ollama;
    final ResultsViewModel results;
    private final Database db;
    private final Background background;

    ComparisonFixture(Path dir) {
        AtomicInteger repeat = new AtomicInteger();
        ollama = FakeOllama.start()
                .replies(LLAMA, prompt -> DemoAnswers.forPrompt(prompt, false))
                .replies(QWEN, prompt -> DemoAnswers.forPrompt(prompt, true))
                .reply(GEMMA, GEMMA_ANSWER)
                .replies(REPEATER, prompt -> REPEATS.get(repeat.getAndIncrement() % REPEATS.size()));
        db = Database.open(dir.resolve("store.db"));
        var catalogue = new SqliteCatalogueRepository(db);
        List<Item> items = new java.util.ArrayList<>(List.of(HOBBIT, new Item("dune", "Dune", "Frank Herbert", 1965,
                "", 90), new Item("rebecca", "Rebecca", "Daphne du Maurier", 1938, "", 80)));
        for (int i = 0; i < FANTASY.size(); i++) {
            items.add(new Item("f" + (i + 1), FANTASY.get(i), "", null, "", 50 - i));
        }
        catalogue.saveDataset(BOOKS, items);
        background = SameThreadBackground.create();
        var service = SampleStore.service(ollama.baseUrl(), catalogue, new SqliteRunRepository(db));
        results = new ResultsViewModel(service, new TaskList(background), new SqliteComparisonRepository(db), Clock.systemUTC());
    }

    /** Runs zero-shot on the fantasy reader with the model, count and seed; returns the completed column. */
    RunColumnViewModel run(String model, int count, int seed) {
        var strategy = new ZeroShotDirectStrategy();
        GenerationOptions options = GenerationOptions.defaults().withSeed(seed);
        return results.run(new RecommendationRequest(BOOKS, READER, strategy, strategy.defaultTemplate(),
                new ModelInfo(model, "sha256:" + model, "llama", "3B", "Q4_K_M", 1L), FakeOllama.VERSION, options,
                count, List.of()));
    }

    private static String answer(String... titleAndExplanation) {
        return java.util.stream.IntStream.range(0, titleAndExplanation.length / 2)
                .mapToObj(i -> "{\"title\": \"" + titleAndExplanation[2 * i] + "\", \"author\": \"\", "
                        + "\"explanation\": \"" + titleAndExplanation[2 * i + 1] + "\"}")
                .collect(Collectors.joining(", ", "{\"recommendations\": [", "]}"));
    }

    @Override
    public void close() {
        background.close();
        db.close();
        ollama.close();
    }
}
