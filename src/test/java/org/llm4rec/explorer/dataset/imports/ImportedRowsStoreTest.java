package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.Interaction;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteInteractionRepository;

/**
 * Imports into a real SQLite file the rows real datasets have that are easy to lose: RecBole years that are not
 * numbers, RecBole's sequential benchmark files, Amazon reviews of the same product by the same user.
 */
class ImportedRowsStoreTest {
    @TempDir
    Path dir;
    private Database db;
    private SqliteCatalogueRepository catalogue;
    private SqliteInteractionRepository interactions;
    private DatasetImportService service;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("store.db"));
        catalogue = new SqliteCatalogueRepository(db);
        interactions = new SqliteInteractionRepository(db);
        service = new DatasetImportService(new SqliteDatasetStore(db));
    }

    @AfterEach
    void close() {
        db.close();
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
}
