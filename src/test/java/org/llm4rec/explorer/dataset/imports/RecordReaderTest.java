package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    @Test
    void keepsCommasDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
        String text = "movieId,title,genres\n11,\"American President, The (1995)\",Comedy|Drama|Romance\n"
                + "2,\"She said \"\"hi\"\"\",Drama\n3,\"two\nlines\",\n";
        assertThat(records(text)).containsExactly(List.of("movieId", "title", "genres"),
                List.of("11", "American President, The (1995)", "Comedy|Drama|Romance"),
                List.of("2", "She said \"hi\"", "Drama"), List.of("3", "two\nlines", ""));
    }

    @Test
    void acceptsCrlfLoneCrAndAMissingFinalLineBreak() throws IOException {
        // Lines reach the parser one by one (a line too long to hold is left out), so a line break inside a
        // quoted field is read as \n whichever way the file wrote it.
        assertThat(records("a,b\r\n\"x\r\ny\",2\r3,4")).containsExactly(List.of("a", "b"),
                List.of("x\ny", "2"), List.of("3", "4"));
    }

    @Test
    void passesOverBlankLinesButKeepsEmptyQuotedFields() throws IOException {
        assertThat(records("\n,a,\n\n   \n\"\",\"\"\n\"\"\nz\n")).containsExactly(List.of("", "a", ""),
                List.of("", ""), List.of(""), List.of("z"));
    }

    @Test
    void countsLinesAcrossLineBreaksInsideQuotesAndBlankLines() throws IOException {
        try (RecordReader reader = csv("\nh\n\"a\nb\nc\"\n\nnext\r\nlast\n")) {
            List<Long> lines = new ArrayList<>();
            while (reader.next() != null) {
                lines.add(reader.recordLine());
            }
            assertThat(lines).containsExactly(2L, 3L, 7L, 8L);
        }
    }

    @Test
    void skipsAUtf8ByteOrderMarkSoThatTheFirstColumnIsFound() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "userId,title\n1,L'Étranger\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        for (boolean quoted : new boolean[] {true, false}) {
            try (RecordReader reader = new RecordReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8, ",",
                    quoted)) {
                assertThat(reader.next()).containsExactly("userId", "title");
                assertThat(reader.next()).containsExactly("1", "L'Étranger");
            }
        }
    }

    @Test
    void readsLatin1WhenToldSo() throws IOException {
        byte[] file = "1|Nénette et Boni (1996)|\"quoted\" here\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RecordReader reader = new RecordReader(new ByteArrayInputStream(file), StandardCharsets.ISO_8859_1, "|",
                false)) {
            assertThat(reader.next()).containsExactly("1", "Nénette et Boni (1996)", "\"quoted\" here");
            assertThat(reader.problem()).isNull();
        }
    }

    @Test
    void movieLensDatFilesAreSplitOnTheirTwoCharacterSeparatorAndQuotesAreText() throws IOException {
        byte[] file = "2952::\"Great Performances\" Cats (1998)::Musical\n1::Toy Story (1995)::Animation\n"
                .getBytes(StandardCharsets.UTF_8);
        try (RecordReader reader = RecordReader.utf8(new ByteArrayInputStream(file), "::", false)) {
            assertThat(reader.next()).containsExactly("2952", "\"Great Performances\" Cats (1998)", "Musical");
            assertThat(reader.problem()).isNull();
            assertThat(reader.next()).containsExactly("1", "Toy Story (1995)", "Animation");
            assertThat(reader.recordLine()).isEqualTo(2);
        }
    }

    @Test
    void aBadlyEncodedRecordIsReturnedWithItsProblemAndTheNextIsFine() throws IOException {
        byte[] file = {'a', ',', 'b', '\n', (byte) 0xff, ',', '1', '\n', '2', ',', '3', '\n'};
        for (boolean quoted : new boolean[] {true, false}) {
            try (RecordReader reader = new RecordReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8, ",",
                    quoted)) {
                reader.next();
                assertThat(reader.next()).hasSize(2);
                assertThat(reader.recordLine()).isEqualTo(2);
                assertThat(reader.problem()).startsWith("bad encoding");
                assertThat(reader.next()).containsExactly("2", "3");
                assertThat(reader.problem()).isNull();
            }
        }
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        assertThat(records("movieId,title\n1,12\" Single (1999)\n2,B\n")).containsExactly(List.of("movieId", "title"),
                List.of("1", "12\" Single (1999)"), List.of("2", "B"));
    }

    @Test
    void textAfterAClosingQuoteJoinsTheFieldAndTheFileReadsOn() throws IOException {
        assertThat(records("a,b\n\"x\"y,2\n4,5\n")).containsExactly(List.of("a", "b"), List.of("xy", "2"),
                List.of("4", "5"));
    }

    @Test
    void aQuoteLeftOpenIsNamedWithTheLineWhereItOpened() throws IOException {
        try (RecordReader reader = csv("a,b\n1,2\n3,\"never closed\n4,5\n")) {
            reader.next();
            reader.next();
            assertThat(reader.next()).isEmpty();
            assertThat(reader.recordLine()).isEqualTo(3);
            assertThat(reader.problem()).isEqualTo("a quoted field opened on line 3 is never closed");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void rowsMayHaveMoreOrFewerFieldsThanTheFirstForTheCallerToJudge() throws IOException {
        assertThat(records("a,b,c\n1,2\n1,2,3,4\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2"),
                List.of("1", "2", "3", "4"));
    }

    @Test
    void splitKeepsEmptyFieldsAtBothEnds() {
        assertThat(RecordReader.split("::a::::b::", "::")).containsExactly("", "a", "", "b", "");
    }

    private static RecordReader csv(String text) {
        return reader(text, StandardCharsets.UTF_8);
    }

    private static RecordReader reader(String text, Charset charset) {
        return new RecordReader(new ByteArrayInputStream(text.getBytes(charset)), charset, ",", true);
    }

    private static List<List<String>> records(String text) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (RecordReader reader = csv(text)) {
            for (List<String> r = reader.next(); r != null; r = reader.next()) {
                assertThat(reader.problem()).as("problem of " + r).isNull();
                records.add(r);
            }
        }
        return records;
    }
}
