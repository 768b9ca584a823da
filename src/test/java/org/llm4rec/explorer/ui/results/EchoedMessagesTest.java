package org.llm4rec.explorer.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.SampleStore;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.ZeroShotDirectStrategy;
import org.llm4rec.explorer.fake.OtherServer;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteComparisonRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.SameThreadBackground;
import org.llm4rec.explorer.ui.task.TaskList;

/** What the window's messages quote from servers and datasets is shown cut and escaped. */
class EchoedMessagesTest {
    private static final String MODEL = "llama3.2:3b";
    /** An escape sequence that would retitle a terminal, then one line of 10 MB. */
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J" + "x".repeat(10_000_000);
    private static final String HOSTILE_START = "\\u001B]0;pwned\\u0007\\u001B[2J";

    @TempDir
    Path dir;

    @Test
    void aModelErrorWithAHostileServerBodyIsShownCutAndEscaped() {
        Dataset books = new Dataset("books", "Books", "book", "v1", 1);
        Item hobbit = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 100);
        Background background = SameThreadBackground.create();
        // As JSON writes it: the escape sequence reaches the message once the error text is read out of the body.
        // A megabyte is already thousands of times what a message shows (the 10 MB line is for the log's own test).
        String hostileError = HOSTILE.substring(0, 1_000_000);
        String body = "{\"error\":\"" + hostileError.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007") + "\"}";
        try (OtherServer server = OtherServer.answering(500, "application/json", body);
             Database db = Database.open(dir.resolve("store.db"))) {
            var catalogue = new SqliteCatalogueRepository(db);
            catalogue.saveDataset(books, List.of(hobbit));
            var runs = new SqliteRunRepository(db);
            ResultsViewModel results = new ResultsViewModel(SampleStore.service(server.baseUrl(), catalogue, runs),
                    new TaskList(background), new SqliteComparisonRepository(db), Clock.systemUTC());
            var strategy = new ZeroShotDirectStrategy();
            Profile reader = new Profile("p1", "Reader", "books", "", List.of(new ProfileEntry(hobbit, 5.0, false)),
                    "");

            RunColumnViewModel column = results.run(new RecommendationRequest(books, reader, strategy,
                    strategy.defaultTemplate(), new ModelInfo(MODEL, "sha256:abc", "llama", "3B", "Q4_K_M", 1L),
                    "0.12.10", GenerationOptions.defaults(), 5, List.of()));

            String shown = column.messageProperty().get();
            assertThat(column.stateProperty().get()).isEqualTo(RunColumnViewModel.State.FAILED);
            assertThat(shown).contains(HOSTILE_START + "x".repeat(EchoedText.SHOWN - 14) + "…")
                    .doesNotContain("\u001b", "\u0007").hasSizeLessThan(EchoedText.SHOWN * 3);
        } finally {
            background.close();
        }
    }

    @Test
    void aMessageQuotingADatasetNameWithAnEscapeSequenceShowsItWrittenOut() {
        MessageProperty summary = new MessageProperty("Loading the sample catalogue…");

        summary.set("Deleting Films\u001b]0;pwned\u0007\u001b[2J…");
        assertThat(summary.get()).isEqualTo("Deleting Films\\u001B]0;pwned\\u0007\\u001B[2J…");

        summary.setValue("Could not rename: " + HOSTILE);
        assertThat(summary.get()).startsWith("Could not rename: " + HOSTILE_START + "xxx").endsWith("x…")
                .hasSize(EchoedText.MESSAGE_CHARS + 3 * 5 + 1);   // three characters written out as six each
    }
}
