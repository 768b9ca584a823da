package org.llm4rec.explorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainFields() throws IOException {
        assertThat(records("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void keepsCommasDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
        String text = "id,title\n1,\"The Hunger Games (The Hunger Games, #1)\"\n"
                + "2,\"She said \"\"hi\"\"\"\n3,\"two\nlines\"\n";
        assertThat(records(text)).containsExactly(List.of("id", "title"),
                List.of("1", "The Hunger Games (The Hunger Games, #1)"), List.of("2", "She said \"hi\""),
                List.of("3", "two\nlines"));
    }

    @Test
    void acceptsCrlfLoneCrAndAMissingFinalLineBreak() throws IOException {
        assertThat(records("a,b\r\n\"x\r\ny\",2\r3,4")).containsExactly(List.of("a", "b"),
                List.of("x\r\ny", "2"), List.of("3", "4"));
    }

    @Test
    void readsEmptyFieldsEmptyQuotedFieldsAndBlankLines() throws IOException {
        assertThat(records(",a,\n\"\",\"\"\n\nz\n")).containsExactly(List.of("", "a", ""), List.of("", ""),
                List.of(""), List.of("z"));
    }

    @Test
    void skipsAByteOrderMarkAndKeepsUnicode() throws IOException {
        assertThat(records("\uFEFFtitle,author\nL'Étranger,Albert Camus\n🙂,\"Brontë, Emily\"\n"))
                .containsExactly(List.of("title", "author"), List.of("L'Étranger", "Albert Camus"),
                        List.of("🙂", "Brontë, Emily"));
    }

    @Test
    void emptyTextHasNoRecords() throws IOException {
        assertThat(records("")).isEmpty();
    }

    @Test
    void countsLinesAcrossLineBreaksInsideQuotes() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("h\n\"a\nb\nc\"\nnext\r\nlast\n"), "t.csv");
        csv.next();
        assertThat(csv.recordLine()).isEqualTo(1);
        csv.next();
        assertThat(csv.recordLine()).isEqualTo(2);
        csv.next();
        assertThat(csv.recordLine()).isEqualTo(5);
        csv.next();
        assertThat(csv.recordLine()).isEqualTo(6);
        assertThat(csv.next()).isNull();
    }

    @Test
    void aQuoteLeftOpenNamesTheFileAndTheLineWhereItOpened() {
        assertThatThrownBy(() -> records("a,b\n1,2\n3,\"never closed\n4,5\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("books.csv");
                    assertThat(e.line()).isEqualTo(3);
                })
                .hasMessageStartingWith("books.csv, line 3:")
                .hasMessageContaining("never closed");
    }

    @Test
    void textAfterAClosingQuoteNamesTheLine() {
        assertThatThrownBy(() -> records("a,b\n\"x\"y,2\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("after the closing quote");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldNamesTheLine() {
        assertThatThrownBy(() -> records("a,b\n1,2\n\"multi\nline\",ok\nab\"c,3\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(5));
    }

    private static List<List<String>> records(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader csv = new CsvReader(new StringReader(text), "books.csv")) {
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                records.add(r);
            }
        }
        return records;
    }
}
