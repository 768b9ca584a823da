package org.llm4rec.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.Item;

class GoodbooksCatalogueTest {
    private static final String HEADER = "book_id,goodreads_book_id,authors,original_publication_year,title,"
            + "ratings_count\n";

    @Test
    void mapsTheColumnsOfABookToAnItem() throws IOException {
        List<Item> items = GoodbooksCatalogue.read(new StringReader(HEADER
                + "1,2767052,Suzanne Collins,2008.0,\"The Hunger Games (The Hunger Games, #1)\",4780653\n"
                + "2,3,\"J.K. Rowling, Mary GrandPré\",,Harry Potter,12\n"
                + "3,1381,Homer,-720.0,The Odyssey  ,670326\n"), "books.csv");

        assertThat(items).containsExactly(
                new Item("1", "The Hunger Games (The Hunger Games, #1)", "Suzanne Collins", 2008, "", 4_780_653),
                new Item("2", "Harry Potter", "J.K. Rowling, Mary GrandPré", null, "", 12),
                new Item("3", "The Odyssey", "Homer", -720, "", 670_326));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesItsLine() {
        assertThatThrownBy(() -> GoodbooksCatalogue.read(new StringReader(HEADER
                + "1,2,A,2000.0,T,5\n2,3,B,2001.0,U\n"), "books.csv"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("expected 6 fields");
    }

    @Test
    void anUnreadableYearNamesItsLine() {
        assertThatThrownBy(() -> GoodbooksCatalogue.read(new StringReader(HEADER
                + "1,2,A,2000.5,T,5\n"), "books.csv"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("2000.5");
    }

    @Test
    void aFileWithoutTheExpectedColumnsSaysWhichIsMissing() {
        assertThatThrownBy(() -> GoodbooksCatalogue.read(new StringReader("book_id,title\n1,T\n"), "ratings.csv"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("ratings.csv").hasMessageContaining("authors");
    }

    @Test
    void readsAFileByPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("books.csv");
        Files.writeString(file, HEADER + "7,5907,J.R.R. Tolkien,1937.0,The Hobbit,2071616\n");
        assertThat(GoodbooksCatalogue.read(file)).extracting(Item::label).containsExactly("The Hobbit by J.R.R. Tolkien");
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

    static List<Item> shippedCatalogue() throws IOException {
        String resource = "sample-data/goodbooks-10k/books.csv";
        try (InputStream in = GoodbooksCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return GoodbooksCatalogue.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        }
    }
}
