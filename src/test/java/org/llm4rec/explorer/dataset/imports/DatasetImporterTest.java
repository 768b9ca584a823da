package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImporterTest {
    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    private ImportReport importFrom(Path path) throws IOException {
        return importFrom(path, sink);
    }

    private static ImportReport importFrom(Path path, DatasetSink into) throws IOException {
        try (DatasetSource source = DatasetSource.open(path)) {
            return DatasetImporter.run(source, Formats.detect(source), into, ImportListener.NONE, () -> false);
        }
    }

    private static String version(Path path) throws IOException {
        return importFrom(path, new RecordingSink()).version();
    }

    private static List<String> reasons(ImportReport report) {
        return report.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void movieLens100kReadsLatin1TitlesGenreFlagsUsersAndSkipsEachKindOfBadRow() throws IOException {
        ImportReport report = importFrom(Fixtures.folder("ml-100k"));

        assertThat(report.format()).isEqualTo("MovieLens 100K");
        assertThat(report.itemKind()).isEqualTo("movie");
        assertThat(sink.item("3").title()).isEqualTo("Nénette et Boni");
        assertThat(sink.item("3").year()).isEqualTo(1996);
        assertThat(sink.item("1").categories()).isEqualTo("Animation, Children's, Comedy");
        assertThat(sink.details.get("1")).contains("\"imdb_url\":\"http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)\"");
        assertThat(sink.users.get("2")).isEqualTo("{\"age\":\"53\",\"gender\":\"F\",\"occupation\":\"other\",\"zip\":\"94043\"}");
        assertThat(sink.interactions).containsExactly("1 1 5.0 874965758", "1 2 3.0 876893171",
                "2 1 4.0 888550871", "2 3 5.0 888551000", "3 1 2.0 889237400");
        assertThat(report.items()).isEqualTo(3);
        assertThat(report.users()).isEqualTo(3);
        assertThat(report.interactions()).isEqualTo(5);
        assertThat(report.skipped()).isEqualTo(5);
        assertThat(reasons(report)).containsExactly(
                "u.item, line 4: expected 24 fields, found 7",
                "u.data, line 5: the rating is not a number: 'five'",
                "u.data, line 6: unknown item id 99 (not in the item file)",
                "u.data, line 7: expected 4 fields, found 3",
                "u.data, line 9: duplicate row: user 3 and item 1 again");
        assertThat(sink.perItem()).containsExactly(3, 1, 1);
    }

    @Test
    void movieLens1mIsLatin1AndHasUsers() throws IOException {
        ImportReport report = importFrom(Fixtures.folder("ml-1m"));

        assertThat(report.format()).isEqualTo("MovieLens 1M / 10M");
        assertThat(sink.item("2").title()).isEqualTo("Misérables, Les");
        assertThat(sink.item("2").categories()).isEqualTo("Drama, Musical");
        assertThat(sink.users.get("1")).contains("\"zip\":\"48067\"");
        assertThat(report.interactions()).isEqualTo(3);
        assertThat(reasons(report)).containsExactly(
                "ratings.dat, line 4: the rating is not a number: 'x'",
                "ratings.dat, line 5: expected 4 fields, found 3");
    }

    @Test
    void anItemAgainInTheSameRunOfAUsersRowsIsADuplicateButNotWhenTheUserComesBackLater() throws IOException {
        Path folder = Fixtures.copy("ml-1m", dir);
        Files.writeString(folder.resolve("ratings.dat"), String.join("\n",
                "1::1::5::978300760",
                "1::2::3::978302109",
                "1::1::4::978302110",
                "2::1::4::978298413",
                "1::1::2::978300999",
                "1::3::2::978301000",
                "1::3::1::978301001",
                ""), StandardCharsets.ISO_8859_1);

        ImportReport report = importFrom(folder);

        assertThat(sink.interactions).containsExactly("1 1 5.0 978300760", "1 2 3.0 978302109",
                "2 1 4.0 978298413", "1 1 2.0 978300999", "1 3 2.0 978301000");
        assertThat(reasons(report)).containsExactly(
                "ratings.dat, line 3: duplicate row: user 1 and item 1 again",
                "ratings.dat, line 7: duplicate row: user 1 and item 3 again");
    }

    @Test
    void movieLens10mIsUtf8WithHalfStarsAndUsersOnlyFromRatings() throws IOException {
        ImportReport report = importFrom(Fixtures.folder("ml-10m"));

        assertThat(sink.item("2").title()).isEqualTo("Amélie (Fabuleux destin d'Amélie Poulain, Le)");
        assertThat(sink.interactions).contains("2 2 3.5 1260759185");
        assertThat(sink.users).containsEntry("1", "{}");
        assertThat(report.skipped()).isZero();
    }

    @Test
    void movieLensCsvKeepsQuotedTitlesWithCommasHalfStarsLinksAndTags() throws IOException {
        ImportReport report = importFrom(Fixtures.folder("ml-latest-small"));

        assertThat(report.format()).startsWith("MovieLens (CSV");
        assertThat(sink.item("11").title()).isEqualTo("American President, The");
        assertThat(sink.item("29").title()).isEqualTo("City of Lost Children, The (Cité des enfants perdus, La)");
        assertThat(sink.item("193609").categories()).isEmpty();
        assertThat(sink.item("1").year()).isEqualTo(1995);
        assertThat(sink.details.get("1")).isEqualTo("{\"imdb_id\":\"0114709\",\"tmdb_id\":\"862\",\"tags\":[\"pixar\",\"fun\"]}");
        assertThat(sink.interactions).contains("2 29 0.5 1445714835");
        assertThat(reasons(report)).containsExactly(
                "ratings.csv, line 6: the rating is not a number: 'abc'",
                "ratings.csv, line 7: unknown item id 42 (not in the item file)");
    }

    @Test
    void goodbooksReadsAuthorsTopTagsRatingsAndToReadShelves() throws IOException {
        ImportReport report = importFrom(Fixtures.folder("goodbooks-10k"));

        assertThat(report.format()).isEqualTo("goodbooks-10k");
        assertThat(report.itemKind()).isEqualTo("book");
        assertThat(sink.item("1").title()).isEqualTo("The Hunger Games (The Hunger Games, #1)");
        assertThat(sink.item("2").creators()).isEqualTo("J.K. Rowling, Mary GrandPré");
        assertThat(sink.item("1").categories()).isEqualTo("young-adult, fantasy");
        assertThat(sink.item("3").year()).isEqualTo(2005);
        assertThat(sink.interactions).contains("1 1 5.0 -", "1 3 - -", "4 1 - -");
        assertThat(reasons(report)).containsExactly(
                "book_tags.csv, line 7: unknown tag id 99 (not in tags.csv)",
                "ratings.csv, line 6: unknown item id 7 (not in the item file)",
                "ratings.csv, line 7: expected 3 fields, found 2");
    }

    @Test
    void amazon2018ReadsGzippedReviewsAndPythonDictMetadata() throws IOException {
        ImportReport report = importFrom(Fixtures.gzipped("amazon-2018", dir));

        assertThat(report.format()).isEqualTo("Amazon Reviews 2018");
        assertThat(sink.item("B001").title()).isEqualTo("Electric Kettle, 1.7 L");
        assertThat(sink.item("B001").creators()).isEqualTo("Acme");
        assertThat(sink.item("B002").categories()).isEqualTo("Home, Tea");
        assertThat(sink.details.get("B002")).isEqualTo("{\"description\":\"Ceramic.\"}");
        assertThat(sink.interactions).containsExactly("A1 B001 5.0 1400000000", "A1 B002 3.0 1400000100",
                "A2 B001 4.0 1400000200");
        assertThat(sink.reviews).containsExactly("Great kettle", "Fine");
        assertThat(report.files()).extracting(SourceFileRecord::name).containsExactly("meta_Home.json.gz", "Home_5.json.gz");
        assertThat(reasons(report)).hasSize(2);
        assertThat(reasons(report).get(0)).startsWith("Home_5.json, line 4: not a JSON object");
        assertThat(reasons(report).get(1)).isEqualTo("Home_5.json, line 5: unknown item id B404 (not in the item file)");
    }

    @Test
    void amazon2023UsesParentAsinAndMillisecondTimes() throws IOException {
        ImportReport report = importFrom(Fixtures.folder("amazon-2023"));

        assertThat(report.format()).isEqualTo("Amazon Reviews 2023");
        assertThat(sink.item("P2").title()).isEqualTo("Crème Brûlée Lip Balm");
        assertThat(sink.item("P1").creators()).isEqualTo("Howard Products");
        assertThat(sink.interactions).containsExactly("U1 P1 5.0 1588687728", "U1 P2 4.0 1588687729",
                "U2 P1 2.0 1588687730");
        assertThat(reasons(report)).containsExactly("All_Beauty.jsonl, line 3: the rating is not a number: 'bad'");
    }

    @Test
    void amazonReviewsWithoutMetadataMakeTheirItemsFromTheReviews() throws IOException {
        Path folder = Fixtures.copy("amazon-2023", dir);
        Files.delete(folder.resolve("meta_All_Beauty.jsonl"));

        ImportReport report = importFrom(folder);

        assertThat(sink.items).extracting(i -> i.id()).containsExactly("P1", "P2");
        assertThat(report.interactions()).isEqualTo(3);
    }

    @Test
    void recBoleMapsTypedHeadersToItemFieldsAndUsers() throws IOException {
        ImportReport report = importFrom(Fixtures.folder("recbole"));

        assertThat(report.format()).isEqualTo("RecBole atomic files");
        assertThat(sink.item("1").title()).isEqualTo("Toy Story");
        assertThat(sink.item("1").year()).isEqualTo(1995);
        assertThat(sink.item("2").categories()).isEqualTo("Adventure, Fantasy");
        assertThat(sink.users.get("2")).isEqualTo("{\"age\":\"53\",\"gender\":\"F\"}");
        assertThat(reasons(report)).containsExactly("ml-mini.inter, line 5: unknown item id 9 (not in the item file)");
    }

    @Test
    void readsAZipWithTheFilesInASubFolder() throws IOException {
        ImportReport report = importFrom(Fixtures.zip("ml-latest-small", dir));

        assertThat(sink.item("11").title()).isEqualTo("American President, The");
        assertThat(report.interactions()).isEqualTo(4);
    }

    @Test
    void theVersionIsTheSameForTheSameFilesAndChangesWithTheirContent() throws IOException {
        String folder = version(Fixtures.folder("ml-1m"));
        String again = version(Fixtures.folder("ml-1m"));
        Path changed = Fixtures.copy("ml-1m", dir);
        Files.writeString(changed.resolve("ratings.dat"), "1::1::4::978300760\n", StandardCharsets.UTF_8);

        assertThat(again).isEqualTo(folder).hasSize(64);
        assertThat(version(changed)).isNotEqualTo(folder);
    }

    @Test
    void aMissingColumnIsNamedWithItsFile() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        Files.writeString(folder.resolve("ratings.csv"), "userId,movieId,stars\n1,1,4\n");

        assertThatThrownBy(() -> importFrom(folder)).isInstanceOf(ImportException.class)
                .hasMessage("ratings.csv has no column 'rating' (its header: userId, movieId, stars).");
    }

    @Test
    void anUnknownLayoutListsTheFilesFoundAndTheLayoutsKnown() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(folder.resolve("u.item"), "1|x\n");

        assertThatThrownBy(() -> importFrom(folder)).isInstanceOf(ImportException.class)
                .hasMessageContaining("No known dataset layout at " + folder + ". Found: u.item.")
                .hasMessageContaining("MovieLens 100K (u.data + u.item)");
    }

    @Test
    void nothingToImportIsAClearError() {
        assertThatThrownBy(() -> importFrom(dir.resolve("missing"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("no such file or folder");
    }

    @Test
    void badlyEncodedRowsAreSkippedAndNamed() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        Files.write(folder.resolve("ratings.csv"), new byte[] {'u', 's', 'e', 'r', 'I', 'd', ',', 'm', 'o', 'v', 'i',
                'e', 'I', 'd', ',', 'r', 'a', 't', 'i', 'n', 'g', '\n', '1', ',', '1', ',', '4', '\n', (byte) 0xff, ',',
                '1', ',', '4', '\n'});

        ImportReport report = importFrom(folder);

        assertThat(report.interactions()).isEqualTo(1);
        assertThat(reasons(report)).containsExactly("ratings.csv, line 3: bad encoding (bytes that are not valid"
                + " text in this file's encoding)");
    }

    @Test
    void onlyTheFirstHundredProblemsAreListedButAllAreCounted() throws IOException {
        Path folder = Fixtures.copy("ml-10m", dir);
        StringBuilder ratings = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            ratings.append("1::1::bad::1\n");
        }
        Files.writeString(folder.resolve("ratings.dat"), ratings);

        ImportReport report = importFrom(folder);

        assertThat(report.skipped()).isEqualTo(250);
        assertThat(report.problems()).hasSize(ImportSession.MAX_PROBLEMS);
        assertThat(report.summary(3)).contains("Rows skipped: 250", "… and 247 more");
    }

    @Test
    void progressCountsBytesAndRowsAndCancellingStopsTheImport() throws IOException {
        Path folder = Fixtures.copy("ml-10m", dir);
        StringBuilder ratings = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            ratings.append(i).append("::1::4::1\n");
        }
        Files.writeString(folder.resolve("ratings.dat"), ratings);
        List<ImportProgress> seen = new ArrayList<>();
        try (DatasetSource source = DatasetSource.open(folder)) {
            ImportReport report = DatasetImporter.run(source, Formats.detect(source), sink, seen::add, () -> false);
            assertThat(report.interactions()).isEqualTo(20_000);
        }
        ImportProgress last = seen.get(seen.size() - 1);
        assertThat(last.bytesRead()).isEqualTo(last.totalBytes()).isEqualTo(Files.size(folder.resolve("ratings.dat"))
                + Files.size(folder.resolve("movies.dat")));
        assertThat(last.rows()).isEqualTo(20_002);
        assertThat(last.file()).isEqualTo("ratings.dat");

        AtomicInteger polls = new AtomicInteger();
        try (DatasetSource source = DatasetSource.open(folder)) {
            assertThatThrownBy(() -> DatasetImporter.run(source, Formats.detect(source), new RecordingSink(),
                    ImportListener.NONE, () -> polls.incrementAndGet() > 2))
                    .isInstanceOf(ImportCancelledException.class);
        }
    }
}
