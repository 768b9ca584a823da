package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;

/**
 * Lines of numbers alone are read without a string per field; every other line is split as any record is. Read
 * both ways, the same files must give the same interactions, users, skips and reasons.
 */
class InteractionLinesTest {
    private static final Interactions MOVIELENS = new Interactions(0, 1, 2, 3, 4);

    @Test
    void linesOfEveryShapeGiveWhatSplittingThemGives() throws IOException {
        String file = String.join("\n",
                "1::10::5::978300760",
                "1::11::3.5::978300761",
                "1::10::4::978300762",              // the same item again for the same user
                "2::12::4.0::978300763",
                " 2::13::4::978300764",             // spaces around ids, a rating and a time
                "2:: 13 ::4 ::978300765 ",
                "3::010::4::978300766",             // a leading zero: another id than 10
                "3::99::4::978300767",              // an item not in the item file
                "4::10::6::978300768",              // off the scale
                "4::11::-1::978300769",
                "4::12::4::-5",                     // before 1970
                "4::13::4::99999999999999999",      // after next year
                "4::14::4::1e9",
                "4::15::4::978300770.0",
                "4::16::x::978300771",
                "4::17::4",                         // too few fields
                "4::18::4::978300772::extra",       // too many
                "5::10::4::978300773::",
                "::10::4::978300774",               // no user
                "5::::4::978300775",
                "12345678::10::4::978300776",       // a user number beyond the array of numbers
                "5::10::4.25::978300777",
                "5::11::4.::978300778",
                "5::12::.5::978300779",
                "5::13::10::978300780",
                "",
                "   ",
                "6::10::4::1234567890123456789",    // 19 digits
                "6::11::4::0",
                "6::12::0.5::978300781",
                "7\u00e9::10::4::978300782",
                "7::10:4::978300783",
                "7::10::4::978300784\r",
                "0::10::4::978300785",
                "00::11::4::978300786",
                "7:::10::4::978300787");
        assertSameBothWays(file);
    }

    @Test
    void randomLinesOfNumbersAndTheirNeighboursGiveWhatSplittingThemGives() throws IOException {
        String[] values = {"1", "2", "10", "11", "0", "01", "7", "123", "4194303", "4194304", "9999999", " 3",
            "3 ", "", "4.5", "0.5", "5.0", "4.", ".5", "-1", "+2", "1e3", "978300760", "x", "\u00e9"};
        Random random = new Random(3);
        StringBuilder file = new StringBuilder();
        for (int line = 0; line < 3000; line++) {
            int fields = random.nextInt(10) == 0 ? 3 + random.nextInt(3) : 4;
            for (int field = 0; field < fields; field++) {
                if (field > 0) {
                    file.append(random.nextInt(30) == 0 ? ":" : "::");
                }
                file.append(values[random.nextInt(values.length)]);
            }
            file.append(random.nextInt(20) == 0 ? "\r\n" : "\n");
        }
        assertSameBothWays(file.toString());
    }

    private static void assertSameBothWays(String file) throws IOException {
        Result lines = read(file, true);
        Result rows = read(file, false);
        assertThat(lines.sink.interactions).isNotEmpty().containsExactlyElementsOf(rows.sink.interactions);
        assertThat(lines.sink.userIds).containsExactlyElementsOf(rows.sink.userIds);
        assertThat(lines.sink.items).containsExactlyElementsOf(rows.sink.items);
        assertThat(lines.report.problems()).isNotEmpty().containsExactlyElementsOf(rows.report.problems());
        assertThat(lines.report.skipped()).isEqualTo(rows.report.skipped());
        assertThat(lines.report.interactions()).isEqualTo(rows.report.interactions());
    }

    private record Result(RecordingSink sink, ImportReport report) {
    }

    private static Result read(String file, boolean byLines) throws IOException {
        RecordingSink sink = new RecordingSink();
        ImportSession session = new ImportSession(sink, ImportListener.NONE, () -> false, file.length());
        session.ratingScale(0.5, 5);
        for (String id : List.of("10", "11", "12", "13", "14", "15", "16", "17", "18", "010", "0")) {
            session.item("movies.dat", 1, new Item(id, "Movie " + id, "", null, "", 0), null);
        }
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        SourceFile ratings = SourceFile.inMemory("ratings.dat", bytes);
        try (RecordReader reader = RecordReader.utf8(session.open(ratings), "::", false)) {
            if (byLines) {
                MOVIELENS.read(session, "ratings.dat", reader);
            } else {
                MOVIELENS.readRows(session, "ratings.dat", reader);
            }
        }
        return new Result(sink, session.finish("test", "movie"));
    }

    @Test
    void aReaderWithoutQuotingGivesItsRecordsAsLinesAsItWouldSplitThem() throws IOException {
        byte[] bytes = "\uFEFF1::2\n\n   \n3::4\n5\uFFFD::6\n".getBytes(StandardCharsets.UTF_8);
        try (RecordReader reader = RecordReader.utf8(new ByteArrayInputStream(bytes), "::", false)) {
            assertThat(reader.separator()).isEqualTo("::");
            assertThat(reader.nextLine()).isEqualTo("1::2");
            assertThat(reader.recordLine()).isEqualTo(1);
            assertThat(reader.nextLine()).isEqualTo("3::4");
            assertThat(reader.recordLine()).isEqualTo(4);
            assertThat(reader.problem()).isNull();
            assertThat(reader.nextLine()).isEqualTo("5\uFFFD::6");
            assertThat(reader.problem()).startsWith("bad encoding");
            assertThat(reader.nextLine()).isNull();
        }
        try (RecordReader csv = RecordReader.utf8(new ByteArrayInputStream("1,2\n".getBytes()), ",", true)) {
            assertThat(csv.separator()).isNull();
            assertThatThrownBy(csv::nextLine).isInstanceOf(IllegalStateException.class);
        }
    }
}
