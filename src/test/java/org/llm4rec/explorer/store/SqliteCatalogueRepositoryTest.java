package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.TitleMatch;

class SqliteCatalogueRepositoryTest {
    private static final Item DUNE = new Item("1", "Dune", "Frank Herbert", 1965, "science fiction", 500);
    private static final Item MESSIAH = new Item("2", "Dune Messiah", "Frank Herbert", 1969, "science fiction", 80);
    private static final Item CHILDREN = new Item("3", "Children of Dune", "Frank Herbert", 1976, "", 70);
    private static final Item HUNGER =
            new Item("4", "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins", 2008, "", 4_000);
    private static final Item ECOLE = new Item("5", "École des femmes", "Molière", null, "théâtre", 0);
    private static final Item IT = new Item("6", "It", "Stephen King", 1986, "horror", 300);
    private static final List<Item> BOOKS = List.of(DUNE, MESSIAH, CHILDREN, HUNGER, ECOLE, IT);

    @RegisterExtension
    final TempDatabase database = new TempDatabase();
    private SqliteCatalogueRepository repo;

    @BeforeEach
    void open() {
        repo = new SqliteCatalogueRepository(database.get());
        repo.saveDataset(dataset("books", "v1"), BOOKS);
    }

    @Test
    void readsBackDatasetsAndItemsAsSaved() {
        repo.saveDataset(new Dataset("films", "A films dataset", "movie", "f1", 0),
                List.of(new Item("1", "Dune", "Denis Villeneuve", 2021, "", 9)));

        assertThat(repo.datasets()).extracting(Dataset::id).containsExactly("films", "books");
        assertThat(repo.dataset("books")).contains(new Dataset("books", "Books", "book", "v1", BOOKS.size()));
        assertThat(repo.dataset("missing")).isEmpty();
        assertThat(repo.item("books", "5")).contains(ECOLE);
        assertThat(repo.item("films", "1").map(Item::creators)).contains("Denis Villeneuve");
        assertThat(repo.item("books", "99")).isEmpty();
    }

    @Test
    void byTitleIgnoresCaseInEveryScriptAndSurroundingSpace() {
        assertThat(repo.byTitle("books", "  DUNE ")).containsExactly(DUNE);
        assertThat(repo.byTitle("books", "ÉCOLE DES FEMMES")).containsExactly(ECOLE);
        assertThat(repo.byTitle("books", "Dune Messia")).isEmpty();
        assertThat(repo.byTitle("other", "Dune")).isEmpty();
    }

    @Test
    void byTitleKeysUsesTheKeysFilledOnInsert() {
        assertThat(repo.byTitleKeys("books", List.of("hunger games"))).extracting(TitleMatch::item)
                .containsExactly(HUNGER);
        assertThat(repo.byTitleKeys("books", List.of("ecole des femmes"))).extracting(TitleMatch::item)
                .containsExactly(ECOLE);
        assertThat(repo.byTitleKeys("books", List.of("The Hunger Games"))).isEmpty();
    }

    @Test
    void similarFindsTitlesDespiteTyposBestFirst() {
        assertThat(repo.similar("books", "Hunger Gams", 3)).first().isEqualTo(HUNGER);
        assertThat(repo.similar("books", "Dune Mesiah", 3)).first().isEqualTo(MESSIAH);
        assertThat(repo.similar("books", "Ecole des Femmes", 3)).first().isEqualTo(ECOLE);
        assertThat(repo.similar("books", "Dune", 2)).hasSize(2);
    }

    @Test
    void similarLooksForTextTooShortForTrigramsAsASubstring() {
        assertThat(repo.similar("books", "it", 5)).first().isEqualTo(IT);
        assertThat(repo.similar("books", "x", 5)).isEmpty();
        assertThat(repo.similar("books", "", 5)).isEmpty();
        assertThat(repo.similar("books", null, 5)).isEmpty();
        assertThat(repo.similar("books", "Dune", 0)).isEmpty();
    }

    @Test
    void searchPutsTheExactTitleFirstThenTitlesStartingWithTheQuery() {
        assertThat(repo.search("books", "dune", 10)).containsExactly(DUNE, MESSIAH, CHILDREN);
        assertThat(repo.search("books", "dune m", 10)).containsExactly(MESSIAH);
    }

    @Test
    void searchListsTitlesStartingWithTheQueryByPopularityBeforeOtherMatches() {
        assertThat(repo.search("books", "dune", 1)).containsExactly(DUNE);
        assertThat(repo.search("books", "dune", 2)).containsExactly(DUNE, MESSIAH);
        assertThat(repo.search("books", "du", 10)).containsExactly(DUNE, MESSIAH, CHILDREN);
        assertThat(repo.search("books", "éco", 10)).containsExactly(ECOLE);
        assertThat(repo.search("books", "ÉCOLE DES", 10)).containsExactly(ECOLE);
    }

    @Test
    void searchMatchesEveryWordAcrossTitleCreatorsAndCategories() {
        assertThat(repo.search("books", "herbert", 10)).containsExactlyInAnyOrder(DUNE, MESSIAH, CHILDREN);
        assertThat(repo.search("books", "herbert children", 10)).containsExactly(CHILDREN);
        assertThat(repo.search("books", "horror", 10)).containsExactly(IT);
        assertThat(repo.search("books", "moliere", 10)).containsExactly(ECOLE);
        assertThat(repo.search("books", "dune", 2)).hasSize(2);
        assertThat(repo.search("other", "dune", 10)).isEmpty();
    }

    static Stream<String> hostileInput() {
        return Stream.of("\"", "\"\"", "'", "*", "-", "-dune", "dune*", "NEAR(dune messiah)", "AND", "OR NOT",
                "title:dune", "{title}: dune", "^dune", "dune)", "(((", "%", "_", "\\", "%_\\'\"", "\u0000dune",
                "\uD800", "🙂🙂🙂", "دون", "e\u0301cole", "  \t\n ", "", "x".repeat(20_000), "a\"b\"c d\"");
    }

    @ParameterizedTest
    @MethodSource("hostileInput")
    void oddInputNeverThrows(String input) {
        assertThatCode(() -> {
            repo.search("books", input, 10);
            repo.similar("books", input, 10);
            repo.byTitle("books", input);
            repo.byTitleKeys("books", List.of(input));
        }).doesNotThrowAnyException();
    }

    @Test
    void searchSyntaxAndWildcardsAreTakenLiterally() {
        assertThat(repo.search("books", "%", 10)).isEmpty();
        assertThat(repo.search("books", "_", 10)).isEmpty();
        assertThat(repo.search("books", "dune*", 10)).isEmpty();
        assertThat(repo.search("books", "\"dune\"", 10)).isEmpty();
        assertThat(repo.search("books", "#1)", 10)).containsExactly(HUNGER);
        assertThat(repo.search("books", null, 10)).isEmpty();
    }

    @Test
    void savingADatasetAgainReplacesItsCatalogueAndIndex() {
        Item newBook = new Item("7", "Hyperion", "Dan Simmons", 1989, "", 10);
        repo.saveDataset(dataset("books", "v2"), List.of(newBook, DUNE));

        assertThat(repo.dataset("books").map(Dataset::version)).contains("v2");
        assertThat(repo.dataset("books").map(Dataset::itemCount)).contains(2);
        assertThat(repo.item("books", "4")).isEmpty();
        assertThat(repo.search("books", "hunger", 10)).isEmpty();
        assertThat(repo.similar("books", "Hunger Games", 10)).doesNotContain(HUNGER);
        assertThat(repo.search("books", "simmons", 10)).containsExactly(newBook);
        assertThat(repo.search("books", "dune", 10)).containsExactly(DUNE);
        assertThat(ftsRows()).isEqualTo(2);
    }

    @Test
    void aSaveThatFailsHalfwayLeavesTheEarlierCatalogueWhole() {
        database.get().write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("CREATE TRIGGER refuse_bad BEFORE INSERT ON items WHEN new.item_id = 'bad'"
                        + " BEGIN SELECT RAISE(ABORT, 'refused'); END");
            }
        });
        List<Item> replacement = List.of(new Item("7", "Hyperion", "", null, "", 0),
                new Item("bad", "Bad", "", null, "", 0));

        assertThatThrownBy(() -> repo.saveDataset(dataset("books", "v2"), replacement))
                .isInstanceOf(StoreException.class);

        assertThat(repo.dataset("books").map(Dataset::version)).contains("v1");
        assertThat(repo.item("books", "7")).isEmpty();
        assertThat(repo.item("books", "4")).contains(HUNGER);
        assertThat(repo.search("books", "hunger", 10)).containsExactly(HUNGER);
        assertThat(ftsRows()).isEqualTo(BOOKS.size());
    }

    @Test
    void refusesTwoItemsWithOneIdAndKeepsTheEarlierCatalogue() {
        List<Item> twice = List.of(DUNE, new Item("1", "Other", "", null, "", 0));
        assertThatThrownBy(() -> repo.saveDataset(dataset("books", "v2"), twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 1");
        assertThat(repo.item("books", "4")).contains(HUNGER);
    }

    @Test
    void datasetsKeepTheirOwnCataloguesAndIndexes() {
        repo.saveDataset(dataset("other", "o1"), List.of(new Item("1", "Dune", "Someone Else", null, "", 0)));
        repo.saveDataset(dataset("other", "o2"), List.of(new Item("1", "Solaris", "Stanisław Lem", null, "", 0)));

        assertThat(repo.search("books", "dune", 10)).containsExactly(DUNE, MESSIAH, CHILDREN);
        assertThat(repo.similar("books", "Dune", 10)).contains(DUNE);
        assertThat(repo.search("other", "solaris", 10)).extracting(Item::title).containsExactly("Solaris");
        assertThat(repo.search("other", "lem", 10)).hasSize(1);
        assertThat(ftsRows()).isEqualTo(BOOKS.size() + 1);
    }

    private int ftsRows() {
        return database.get().read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM items_fts")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static Dataset dataset(String id, String version) {
        return new Dataset(id, id.substring(0, 1).toUpperCase() + id.substring(1), "book", version, 0);
    }
}
