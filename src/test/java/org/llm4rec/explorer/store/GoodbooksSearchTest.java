package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.dataset.imports.DatasetImporter;
import org.llm4rec.explorer.dataset.imports.SourceFile;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;

/** Search and loading speed over the real 10,000-book sample catalogue. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoodbooksSearchTest {
    private static final String BOOKS = "sample-data/goodbooks-10k/books.csv";

    private Database db;
    private SqliteCatalogueRepository repo;
    private List<Item> books;

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BOOKS)) {
            books = DatasetImporter.goodbooksCatalogue(SourceFile.inMemory(BOOKS, in.readAllBytes())).items();
        }
        db = Database.open(dir.resolve("store.db"));
        repo = new SqliteCatalogueRepository(db);
        repo.saveDataset(new Dataset("g", "goodbooks", "book", "v1", books.size()), books);
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void replacesTenThousandItems() {
        repo.saveDataset(new Dataset("g", "goodbooks", "book", "v2", books.size()), books);

        assertThat(repo.dataset("g").map(Dataset::itemCount)).contains(10_000);
        assertThat(repo.search("g", "Hunger Games", 5)).isNotEmpty();
    }

    @Test
    void similarFindsTheHungerGamesFromAMisspelling() {
        assertThat(repo.similar("g", "Hunger Gams", 5)).first().extracting(Item::title)
                .isEqualTo("The Hunger Games (The Hunger Games, #1)");
        assertThat(repo.similar("g", "Harry Potter and the Sorcerers Stone", 5)).first().extracting(Item::id)
                .isEqualTo("2");
    }

    @Test
    void searchAsYouTypeRanksTheExactTitleFirst() {
        assertThat(repo.search("g", "The Hobbit", 5)).first().extracting(Item::id).isEqualTo("7");
        assertThat(repo.search("g", "tolkien hob", 5)).extracting(Item::id).contains("7");
        assertThat(repo.search("g", "harry pot", 5)).allSatisfy(i -> assertThat(i.title()).contains("Harry Potter"));
        assertThat(repo.search("g", "it", 1)).extracting(Item::label).containsExactly("It by Stephen King");
    }
}
