package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that parse but cannot be right are bad rows with their reason, never clamped or zeroed silently. */
class ImplausibleValuesTest {
    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    private ImportReport importFrom(Path path) throws IOException {
        try (DatasetSource source = DatasetSource.open(path)) {
            return DatasetImporter.run(source, Formats.detect(source), sink, ImportListener.NONE, () -> false);
        }
    }

    @Test
    void timestampsAndRatingsOutOfRangeAreBadRowsNamedByLine() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        int nextYear = Year.now(ZoneOffset.UTC).getValue() + 1;
        long afterNextYear = java.time.LocalDate.of(nextYear + 1, 1, 2).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        Files.writeString(folder.resolve("ratings.csv"), String.join("\n",
                "userId,movieId,rating,timestamp",
                "1,1,4.0,1e20",
                "1,11,3.5,9223372036854775808",
                "2,29,0.5,-9223372036854775808",
                "2,193609,5.0,yesterday",
                "3,1,-5,964982703",
                "3,11,1e-400,964982703",
                "3,29,7,964982703",
                "4,1,4.0,-1",
                "4,11,4.0," + afterNextYear,
                "4,29,4.5,1445714835",
                "5,1,0.5,0",
                ""));

        ImportReport report = importFrom(folder);

        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                "ratings.csv, line 2: the timestamp is beyond any date (timestamps are seconds since 1970 up to the"
                        + " end of next year)",
                "ratings.csv, line 3: the timestamp is beyond any date (timestamps are seconds since 1970 up to the"
                        + " end of next year)",
                "ratings.csv, line 4: the timestamp -9223372036854775807 is before 1970 (timestamps are seconds"
                        + " since 1970 up to the end of next year)",
                "ratings.csv, line 5: the timestamp is not a number: 'yesterday'",
                "ratings.csv, line 6: the rating -5.0 is outside this dataset's scale (0.5 to 5.0)",
                "ratings.csv, line 7: the rating is not a number: '1e-400'",
                "ratings.csv, line 8: the rating 7.0 is outside this dataset's scale (0.5 to 5.0)",
                "ratings.csv, line 9: the timestamp -1 is before 1970 (timestamps are seconds since 1970 up to the"
                        + " end of next year)",
                "ratings.csv, line 10: the timestamp " + afterNextYear + " is after " + nextYear
                        + " (timestamps are seconds since 1970 up to the end of next year)");
        assertThat(sink.interactions).containsExactly("4 29 4.5 1445714835", "5 1 0.5 0");
    }

    @Test
    void anAmazonTimestampWrittenAsAWordIsABadRowNotTheYear1970() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("amazon"));
        Files.writeString(folder.resolve("Books.jsonl"), String.join("\n",
                "{\"rating\": 5.0, \"title\": \"Loved it\", \"text\": \"Great\", \"asin\": \"B1\","
                        + " \"parent_asin\": \"B1\", \"user_id\": \"U1\", \"timestamp\": \"yesterday\"}",
                "{\"rating\": 6.0, \"title\": \"Hm\", \"text\": \"Off scale\", \"asin\": \"B2\","
                        + " \"parent_asin\": \"B2\", \"user_id\": \"U1\", \"timestamp\": 1588687728923}",
                "{\"rating\": 4.0, \"title\": \"Fine\", \"text\": \"Fine\", \"asin\": \"B3\","
                        + " \"parent_asin\": \"B3\", \"user_id\": \"U2\", \"timestamp\": 1588687728923}",
                ""));

        ImportReport report = importFrom(folder);

        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                "Books.jsonl, line 1: the timestamp is not a number: 'yesterday'",
                "Books.jsonl, line 2: the rating 6.0 is outside this dataset's scale (1.0 to 5.0)");
        assertThat(report.interactions()).isEqualTo(1);
    }
}
