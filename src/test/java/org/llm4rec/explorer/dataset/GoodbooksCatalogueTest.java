package org.llm4rec.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.dataset.imports.DatasetImporter;
import org.llm4rec.explorer.dataset.imports.ImportException;
import org.llm4rec.explorer.dataset.imports.SourceFile;
import org.llm4rec.explorer.domain.Item;

/** goodbooks-10k's books.csv read alone as a catalogue, the way the sample catalogue is installed. */
class GoodbooksCatalogueTest {
    private static final String HEADER = "book_id,goodreads_book_id,authors,original_publication_year,title,"
            + "ratings_count\n";

    @Test
    void mapsTheColumnsOfABookToAnItem() {
        List<Item> items = catalogue("books.csv", HEADER
                + "1,2767052,Suzanne Collins,2008.0,\"The Hunger Games (The Hunger Games, #1)\",4780653\n"
                + "2,3,\"J.K. Rowling, Mary GrandPré\",,Harry Potter,12\n"
                + "3,1381,Homer,-720.0,The Odyssey  ,670326\n");

        assertThat(items).containsExactly(
                new Item("1", "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins", 2008, "", 4_780_653),
                new Item("2", "Harry Potter", "J.K. Rowling, Mary GrandPré", null, "", 12),
                new Item("3", "The Odyssey", "Homer", -720, "", 670_326));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesItsLine() {
        assertThatThrownBy(() -> catalogue("books.csv", HEADER + "1,2,A,2000.0,T,5\n2,3,B,2001.0,U\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("books.csv, line 3: expected 6 fields");
    }

    @Test
    void anUnreadableYearNamesItsLine() {
        assertThatThrownBy(() -> catalogue("books.csv", HEADER + "1,2,A,2000.5,T,5\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("books.csv, line 2: original_publication_year is not a year: '2000.5'");
    }

    @Test
    void aFileWithoutTheExpectedColumnsSaysWhichIsMissing() {
        assertThatThrownBy(() -> catalogue("ratings.csv", "book_id,title\n1,T\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("ratings.csv").hasMessageContaining("authors");
    }

    @Test
    void readsTheWholeShippedCatalogue() throws IOException {
        List<Item> items = shippedCatalogue();

        assertThat(items).hasSize(10_000);
        assertThat(items).extracting(Item::id).doesNotHaveDuplicates();
        assertThat(items.get(0).title()).isEqualTo("The Hunger Games (The Hunger Games, #1)");
        assertThat(items.get(0).popularity()).isEqualTo(4_780_653);
        assertThat(items).filteredOn(i -> i.year() == null).hasSizeLessThan(50);
        assertThat(items).allSatisfy(i -> assertThat(i.title()).isNotBlank());
    }

    private static List<Item> catalogue(String name, String text) {
        return DatasetImporter.goodbooksCatalogue(SourceFile.inMemory(name, text.getBytes(StandardCharsets.UTF_8))).items();
    }

    static List<Item> shippedCatalogue() throws IOException {
        String resource = "sample-data/goodbooks-10k/books.csv";
        try (InputStream in = GoodbooksCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return DatasetImporter.goodbooksCatalogue(SourceFile.inMemory(resource, in.readAllBytes())).items();
        }
    }
}
