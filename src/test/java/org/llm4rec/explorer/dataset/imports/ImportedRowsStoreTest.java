package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.port.Interaction;
import org.llm4rec.explorer.app.port.ItemActivity;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteInteractionRepository;
import org.llm4rec.explorer.store.TempDatabase;

/**
 * Imports into a real SQLite file the rows real datasets have that are easy to lose: RecBole years that are not
 * numbers, RecBole's sequential benchmark files, Amazon reviews of the same product by the same user.
 */
class ImportedRowsStoreTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final TempDatabase database = new TempDatabase();
    private SqliteCatalogueRepository catalogue;
    private SqliteInteractionRepository interactions;
    private DatasetImportService service;

    @BeforeEach
    void open() {
        catalogue = new SqliteCatalogueRepository(database.get());
        interactions = new SqliteInteractionRepository(database.get());
        service = new DatasetImportService(new SqliteDatasetStore(database.get()));
    }

    private ImportReport importFrom(Path folder, String datasetId) {
        return service.importPath(folder, datasetId, ImportListener.NONE, () -> false).report();
    }

    private Item item(String datasetId, String itemId) {
        return catalogue.item(datasetId, itemId).orElseThrow();
    }

    private List<String> history(String datasetId, String userId) {
        return interactions.history(datasetId, userId).stream().map(i -> i.item().id()).toList();
    }

    private static List<String> reasons(ImportReport report) {
        return report.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void recBoleYearsThatAreNotNumbersKeepTheirItemsAndInteractions() {
        ImportReport report = importFrom(Fixtures.folder("recbole"), "r");

        assertThat(catalogue.dataset("r").orElseThrow().itemCount()).isEqualTo(7);
        assertThat(interactions.counts("r").interactions()).isEqualTo(8);
        assertThat(interactions.counts("r").users()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(reasons(report)).containsExactly("ml-mini.inter, line 5: unknown item id 9 (not in the item file)");

        Item cafe = item("r", "3");
        assertThat(cafe.title()).isEqualTo("Café Society");
        assertThat(cafe.year()).isNull();
        assertThat(interactions.itemActivity("r", "3", 5).details()).isEqualTo("{\"release_year\":\"nineteen\"}");
        assertThat(interactions.itemActivity("r", "3", 5).interactions()).isEqualTo(1);
        assertThat(item("r", "4").title()).isEqualTo("unknown");
        assertThat(item("r", "4").categories()).isEqualTo("unknown");
        assertThat(interactions.itemActivity("r", "4", 5).details()).isEqualTo("{\"release_year\":\"unknown\"}");

        Item landBeforeTime = item("r", "5");
        assertThat(landBeforeTime.title()).isEqualTo("Land Before Time III: The Time of the Great Giving");
        assertThat(landBeforeTime.year()).isEqualTo(1995);
        assertThat(landBeforeTime.categories()).isEqualTo("Animation, Children's");
        assertThat(interactions.itemActivity("r", "5", 5).details()).isEqualTo("{\"release_year\":\"V\"}");

        assertThat(item("r", "6").title()).isEqualTo("Nosferatu (Nosferatu, eine Symphonie des Grauens)");
        assertThat(item("r", "6").year()).isEqualTo(1922);
        assertThat(item("r", "6").categories()).isEqualTo("Fantasy, Horror");
        Item dundee = item("r", "7");
        assertThat(dundee.title()).isEqualTo("\"Crocodile\" Dundee");
        assertThat(dundee.year()).isNull();
        assertThat(dundee.categories()).isEmpty();
        assertThat(interactions.itemActivity("r", "7", 5).details()).isEqualTo("{}");
        assertThat(history("r", "3")).containsExactly("5", "7", "6");
    }

    @Test
    void recBoleSequentialFilesGiveEachUsersWholeSequenceOnceInOrder() {
        ImportReport report = importFrom(Fixtures.folder("recbole-sequential"), "games");

        assertThat(history("games", "0")).containsExactly("10", "11", "12", "13", "14", "15");
        assertThat(history("games", "1")).containsExactly("20", "21", "22", "23");
        // Histories cut to their last three items still join up with the rows before them.
        assertThat(history("games", "2")).containsExactly("30", "31", "32", "33", "34", "35");
        assertThat(history("games", "3")).containsExactly("50", "51", "52", "53");
        assertThat(history("games", "4")).containsExactly("10", "11");
        assertThat(interactions.history("games", "0")).extracting(Interaction::time, Interaction::rating)
                .containsOnly(tuple(null, null));
        assertThat(interactions.counts("games").interactions()).isEqualTo(22);
        assertThat(report.interactions()).isEqualTo(22);
        assertThat(interactions.itemActivity("games", "10", 5).interactions()).isEqualTo(2);

        assertThat(item("games", "11").title()).isEqualTo("Phantasy Star Online, Episode I &amp; II");
        assertThat(item("games", "12").title()).isEqualTo("Tomee \"Moonlight\" N64 USB Controller for PC/ Mac (Clear Blue)");
        assertThat(item("games", "21").title()).isEqualTo("PS2 Guitar Hero World Tour Guitar Kit");
        assertThat(catalogue.dataset("games").orElseThrow().itemCount()).isEqualTo(22);
        assertThat(reasons(report)).containsExactly(
                "games-mini.train.inter, line 9: user 3's items here are neither a part nor a continuation of the"
                        + " sequence on games-mini.test.inter line 5",
                "games-mini.test.inter, line 6: unknown item id 99 (not in the item file)");
    }

    @Test
    void amazon2018ReviewsOfTheSameProductByTheSameUserAnywhereInTheFileAreOneInteractionTheLatest()
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve("amazon-2018"));
        // 2018's review files come grouped by product: a reviewer's second review of a product is further down.
        Files.writeString(folder.resolve("Home_and_Kitchen_5.json"), String.join("\n",
                "{\"overall\": 5.0, \"verified\": true, \"reviewTime\": \"05 13, 2014\", \"reviewerID\": \"A1\","
                        + " \"asin\": \"B001\", \"reviewerName\": \"Pat\", \"reviewText\": \"Boils fast.\","
                        + " \"summary\": \"Great kettle\", \"unixReviewTime\": 1399939200}",
                "{\"overall\": 4.0, \"verified\": true, \"reviewTime\": \"05 16, 2014\", \"reviewerID\": \"A2\","
                        + " \"asin\": \"B001\", \"reviewText\": \"Loud, but fine.\", \"unixReviewTime\": 1400198400}",
                "{\"overall\": 2.0, \"verified\": false, \"reviewTime\": \"06 2, 2015\", \"reviewerID\": \"A1\","
                        + " \"asin\": \"B001\", \"reviewText\": \"Update: broke after a year, \\\"descaled\\\" or not.\","
                        + " \"unixReviewTime\": 1433203200}",
                "{\"overall\": 3.0, \"verified\": true, \"reviewTime\": \"05 20, 2014\", \"reviewerID\": \"A2\","
                        + " \"asin\": \"B002\", \"reviewText\": \"Drips.\", \"unixReviewTime\": 1400544000}",
                "{\"overall\": 5.0, \"verified\": true, \"reviewTime\": \"07 1, 2014\", \"reviewerID\": \"A3\","
                        + " \"asin\": \"B002\", \"unixReviewTime\": 1404172800}",
                "{\"overall\": 1.0, \"verified\": true, \"reviewTime\": \"01 5, 2013\", \"reviewerID\": \"A2\","
                        + " \"asin\": \"B002\", \"reviewText\": \"Older copy of the same review.\","
                        + " \"unixReviewTime\": 1357344000}",
                ""));

        ImportReport report = importFrom(folder, "home");

        assertThat(report.interactions()).isEqualTo(4);
        assertThat(interactions.counts("home").interactions()).isEqualTo(4);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(reasons(report)).containsExactly(
                "Home_and_Kitchen_5.json, line 1: duplicate row: user A1 and item B001 again (the later one,"
                        + " Home_and_Kitchen_5.json line 3, is kept)",
                "Home_and_Kitchen_5.json, line 6: duplicate row: user A2 and item B002 again (the later one,"
                        + " Home_and_Kitchen_5.json line 4, is kept)");
        assertThat(interactions.history("home", "A1")).extracting(i -> i.item().id(), Interaction::rating)
                .containsExactly(tuple("B001", 2.0));
        assertThat(interactions.history("home", "A2")).extracting(i -> i.item().id(), Interaction::rating)
                .containsExactly(tuple("B001", 4.0), tuple("B002", 3.0));
        ItemActivity kettle = interactions.itemActivity("home", "B001", 20);
        assertThat(kettle.interactions()).isEqualTo(2);
        assertThat(kettle.meanRating()).isEqualTo(3.0);
        assertThat(kettle.recent()).extracting(Interaction::userId).containsExactly("A1", "A2");
        assertThat(item("home", "B001").popularity()).isEqualTo(2);
    }

    @Test
    void amazon2023ReviewsOfVariantsOfOneParentAreOneInteractionTheLatestWhereverTheyAre() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("amazon-2023"));
        Files.writeString(folder.resolve("meta_Video_Games.jsonl"), String.join("\n",
                "{\"main_category\": \"Video Games\", \"title\": \"Mario Kart 8 Deluxe - Nintendo Switch\","
                        + " \"store\": \"Nintendo\", \"categories\": [\"Video Games\", \"Nintendo Switch\", \"Games\"],"
                        + " \"parent_asin\": \"B01N1037CV\"}",
                "{\"main_category\": \"Video Games\", \"title\": \"PowerA Enhanced Wireless Controller, \\\"Mario Pop\\\"\","
                        + " \"store\": \"PowerA\", \"categories\": [], \"parent_asin\": \"B07GXJHRVK\"}",
                ""));
        // 2023's review files come grouped by user, but one user can come back later in the file, and a product's
        // variants (asin) share one item (parent_asin).
        Files.writeString(folder.resolve("Video_Games.jsonl"), String.join("\n",
                review("AE3M", "B01MY7GHKJ", "B01N1037CV", 5.0, 1588687728923L, "Great with friends"),
                review("AE3M", "B07GXJHRVK", "B07GXJHRVK", 4.0, 1588687729000L, "Good grip"),
                review("AE3M", "B07DNY3JGL", "B01N1037CV", 3.0, 1600000000000L, "Digital code, same game"),
                review("AF7Q", "B01MY7GHKJ", "B01N1037CV", 4.0, 1590000000000L, "Fun"),
                review("AE3M", "B01MY7GHKJ", "B01N1037CV", 1.0, 1500000000000L, "Early review, changed my mind"),
                review("AF7Q", "B01MY7GHKJ", "B01N1037CV", 5.0, 1590000000000L, "Fun! (edited)"),
                ""));

        ImportReport report = importFrom(folder, "games");

        assertThat(report.interactions()).isEqualTo(3);
        assertThat(interactions.counts("games").interactions()).isEqualTo(3);
        assertThat(reasons(report)).containsExactly(
                "Video_Games.jsonl, line 1: duplicate row: user AE3M and item B01N1037CV again (the later one,"
                        + " Video_Games.jsonl line 3, is kept)",
                "Video_Games.jsonl, line 5: duplicate row: user AE3M and item B01N1037CV again (the later one,"
                        + " Video_Games.jsonl line 3, is kept)",
                "Video_Games.jsonl, line 4: duplicate row: user AF7Q and item B01N1037CV again (the later one,"
                        + " Video_Games.jsonl line 6, is kept)");
        assertThat(interactions.history("games", "AE3M")).extracting(i -> i.item().id(), Interaction::rating)
                .containsExactly(tuple("B07GXJHRVK", 4.0), tuple("B01N1037CV", 3.0));
        assertThat(interactions.history("games", "AF7Q")).extracting(Interaction::rating).containsExactly(5.0);
        ItemActivity marioKart = interactions.itemActivity("games", "B01N1037CV", 20);
        assertThat(marioKart.interactions()).isEqualTo(2);
        assertThat(marioKart.meanRating()).isEqualTo(4.0);
        assertThat(marioKart.recent()).extracting(Interaction::userId).containsExactly("AE3M", "AF7Q");
    }

    private static String review(String user, String asin, String parent, double rating, long millis, String text) {
        return "{\"rating\": " + rating + ", \"title\": \"" + text + "\", \"text\": \"" + text + "\", \"images\": [],"
                + " \"asin\": \"" + asin + "\", \"parent_asin\": \"" + parent + "\", \"user_id\": \"" + user + "\","
                + " \"timestamp\": " + millis + ", \"helpful_vote\": 0, \"verified_purchase\": true}";
    }
}
