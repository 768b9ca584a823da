package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounder;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.parse.ParseResult;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.parse.ParsedItem;

/** Titles as models write them, grounded against MovieLens-style titles in a real SQLite store. */
class TitleGroundingStoreTest {
    private static final String MOVIES = "movies";
    private static final List<Item> CATALOGUE = List.of(
            new Item("164", "Abyss, The", "", 1989, "Action", 151),
            new Item("282", "Time to Kill, A", "", 1996, "Drama", 232),
            new Item("198", "Nikita (La Femme Nikita)", "", 1990, "Thriller", 127),
            new Item("11", "Seven (Se7en)", "", 1995, "Crime", 236),
            new Item("1376", "Star Trek IV: The Voyage Home", "", 1986, "Sci-Fi", 171),
            new Item("218", "Cape Fear", "", 1991, "Thriller", 171),
            new Item("673", "Cape Fear", "", 1962, "Thriller", 82),
            new Item("246", "Chasing Amy", "", 1997, "Drama", 255),
            new Item("268", "Chasing Amy", "", 1997, "Drama", 132),
            new Item("603", "North by Northwest", "Alfred Hitchcock", 1959, "Thriller", 179),
            new Item("226", "Die Hard 2", "", 1990, "Action", 166),
            new Item("144", "Die Hard", "", 1988, "Action", 243),
            new Item("14", "Postino, Il", "", 1994, "Drama", 183));

    @RegisterExtension
    final TempDatabase database = new TempDatabase();
    private SqliteCatalogueRepository repo;

    @BeforeEach
    void open() {
        repo = new SqliteCatalogueRepository(database.get());
        repo.saveDataset(new Dataset(MOVIES, "Movies", "movie", "v1", CATALOGUE.size()), CATALOGUE);
    }

    @Test
    void findsTitlesWithTheirArticleInFrontForeignTitlesAndNumerals() {
        assertThat(id("The Abyss", 1989)).isEqualTo("164");
        assertThat(id("A Time to Kill", null)).isEqualTo("282");
        assertThat(id("Time to Kill", 1997)).isEqualTo("282");
        assertThat(id("La Femme Nikita", null)).isEqualTo("198");
        assertThat(id("Se7en", 1995)).isEqualTo("11");
        assertThat(id("Star Trek 4: The Voyage Home", null)).isEqualTo("1376");
        assertThat(id("Star Trek IV", null)).isEqualTo("1376");
        assertThat(id("Il Postino", null)).isEqualTo("14");
    }

    @Test
    void theYearTellsRemakesApartAndAYearFarOffIsNotAMatch() {
        assertThat(id("Cape Fear", 1991)).isEqualTo("218");
        assertThat(id("Cape Fear", 1962)).isEqualTo("673");
        assertThat(id("Cape Fear", 1963)).isEqualTo("673");

        Recommendation remake = ground("Cape Fear", "", 1975);
        assertThat(remake.grounding().grounded()).isFalse();
        assertThat(remake.flags()).contains(Flag.NOT_IN_CATALOGUE);
        assertThat(remake.grounding().alternatives()).extracting(Item::id).contains("218", "673");
    }

    @Test
    void aSharedTitleWithoutAYearIsAmbiguousAndNeverMerged() {
        Recommendation either = ground("Cape Fear", "", null);
        assertThat(either.grounding().ambiguous()).isTrue();
        assertThat(either.grounding().alternatives()).extracting(Item::id).containsExactly("218", "673");
        assertThat(either.grounding().confidence()).isLessThanOrEqualTo(0.5);

        Recommendation listedTwice = ground("Chasing Amy", "", 1997);
        assertThat(listedTwice.grounding().alternatives()).extracting(Item::id).containsExactly("246", "268");
    }

    @Test
    void keepsTitlesThatHoldBy() {
        ParseResult parsed = new org.llm4rec.explorer.domain.parse.ResponseParser()
                .parse("1. North by Northwest (1959), directed by Alfred Hitchcock\n2. North by Northwest");
        List<Recommendation> grounded = new Grounder(repo).ground(MOVIES, parsed, nobody(), List.of());

        assertThat(grounded).extracting(r -> r.grounding().item().id()).containsExactly("603", "603");
    }

    @Test
    void aSequelNumberTheCatalogueLacksIsNotInTheCatalogue() {
        Recommendation sequel = ground("Die Hard 4", "", null);

        assertThat(sequel.grounding().method()).isEqualTo(GroundingMethod.NONE);
        assertThat(sequel.grounding().alternatives()).extracting(Item::id).contains("226");
    }

    @Test
    void aCatalogueStoredBeforeTitleKeysIsKeyedOnFirstLookup() {
        database.get().write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM item_titles")) {
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM title_key_versions")) {
                p.executeUpdate();
            }
            return null;
        });

        SqliteCatalogueRepository reopened = new SqliteCatalogueRepository(database.get());
        assertThat(new Grounder(reopened).ground(MOVIES, parsed("The Abyss", "", null), nobody(), List.of()))
                .extracting(r -> r.grounding().item().id()).containsExactly("164");
    }

    @Test
    void anImportedBookIsFoundByItsOriginalTitle() {
        new DatasetImportService(new SqliteDatasetStore(database.get()))
                .importPath(Fixtures.folder("goodbooks-10k"), "goodbooks", ImportListener.NONE, () -> false);
        String dataset = repo.datasets().stream().map(Dataset::id).filter(id -> id.startsWith("goodbooks"))
                .findFirst().orElseThrow();

        List<Recommendation> grounded = new Grounder(repo).ground(dataset,
                parsed("Harry Potter and the Philosopher's Stone", "J.K. Rowling", null), nobody(), List.of());

        assertThat(grounded.get(0).grounding().item().id()).isEqualTo("2");
    }

    @Test
    void aSampleCatalogueSavedWithOtherTitlesIsFoundByThem() {
        repo.saveDataset(new Dataset("books", "Books", "book", "v1", 1),
                List.of(new Item("16", "The Girl with the Dragon Tattoo (Millennium, #1)", "Stieg Larsson", 2005,
                        "", 0)), Map.of("16", List.of("Män som hatar kvinnor")));

        assertThat(new Grounder(repo).ground("books", parsed("Man som hatar kvinnor", "", null), nobody(),
                List.of()).get(0).grounding().item().id()).isEqualTo("16");
    }

    private String id(String title, Integer year) {
        Recommendation r = ground(title, "", year);
        assertThat(r.grounding().ambiguous()).as(title).isFalse();
        return r.grounding().grounded() ? r.grounding().item().id() : "none";
    }

    private Recommendation ground(String title, String creator, Integer year) {
        return new Grounder(repo).ground(MOVIES, parsed(title, creator, year), nobody(), List.of()).get(0);
    }

    private static ParseResult parsed(String title, String creator, Integer year) {
        return new ParseResult(ParseStatus.LIST, List.of(new ParsedItem(1, title, creator, "", year)), "");
    }

    private static Profile nobody() {
        return new Profile("p", "Nobody", MOVIES, "", List.of(), "");
    }
}
