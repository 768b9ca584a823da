package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of no known layout read through a column mapping, and the checks that come before. */
class MappedFileTest {
    private static final Map<Role, String> ODD = Map.of(Role.USER, "who", Role.ITEM, "what", Role.RATING, "stars",
            Role.TIMESTAMP, "when_utc", Role.TITLE, "label", Role.CREATOR, "made_by", Role.CATEGORIES, "kinds");

    @TempDir
    Path dir;

    static Path fixture(String name) {
        return Fixtures.folder("mapped").resolve(name);
    }

    private static ColumnMapping.FileMapping file(Path path, Map<Role, String> roles) throws IOException {
        return new ColumnMapping.FileMapping(path, FileSample.detect(path), roles);
    }

    private static RecordingSink run(ColumnMapping mapping, ImportReport[] report) throws IOException {
        RecordingSink sink = new RecordingSink();
        try (DatasetSource source = DatasetSource.open(mapping.interactions().file())) {
            report[0] = DatasetImporter.run(source, new MappedFile(mapping), sink, ImportListener.NONE, () -> false);
        }
        return sink;
    }

    @Test
    void aTsvWithOddColumnsIsImportedWithItsItemFieldsTimesAndTheBadRowNamed() throws IOException {
        ImportReport[] report = new ImportReport[1];
        RecordingSink sink = run(new ColumnMapping(file(fixture("odd-columns.tsv"), ODD), null, ";"), report);

        assertThat(report[0].users()).isEqualTo(3);
        assertThat(report[0].items()).isEqualTo(4);
        assertThat(report[0].interactions()).isEqualTo(8);
        assertThat(report[0].problems()).containsExactly(
                new ImportProblem("odd-columns.tsv", 6, "the rating 'n/a' is not a number"));
        assertThat(sink.item("b1").title()).isEqualTo("The Hobbit");
        assertThat(sink.item("b1").year()).isEqualTo(1937);
        assertThat(sink.item("b1").categories()).isEqualTo("Fantasy, Classic");
        assertThat(sink.item("b1").creators()).isEqualTo("J. R. R. Tolkien");
        // ISO date-time, ISO date, seconds, milliseconds.
        assertThat(sink.interactions).startsWith("ann b1 4.5 1614852000", "ann b2 3.0 1614902400",
                "bob b1 5.0 1614940000", "bob b3 2.5 1614940100");
    }

    @Test
    void aSeparateItemsFileGivesTheItemsAndOnlyTheyMayBeRated() throws IOException {
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, "u,i,r\nann,b1,5\nann,zz,4\nbob,b4,3\n");
        ColumnMapping mapping = new ColumnMapping(
                file(ratings, Map.of(Role.USER, "u", Role.ITEM, "i", Role.RATING, "r")),
                file(fixture("odd-items.csv"), Map.of(Role.ITEM, "book", Role.TITLE, "name", Role.CREATOR, "writer",
                        Role.CATEGORIES, "tags", Role.YEAR, "published")), "|");
        ImportReport[] report = new ImportReport[1];
        RecordingSink sink = run(mapping, report);

        assertThat(report[0].items()).isEqualTo(4);
        assertThat(report[0].interactions()).isEqualTo(2);
        assertThat(report[0].problems()).extracting(ImportProblem::toString)
                .containsExactly("ratings.csv, line 3: unknown item id zz (not in the item file)");
        assertThat(sink.item("b1").title()).isEqualTo("The Hobbit, or There and Back Again");
        assertThat(sink.item("b1").year()).isEqualTo(1937);
        assertThat(sink.item("b3").categories()).isEqualTo("Classic, Romance");
    }

    @Test
    void jsonLinesMapKeysAndTheirArrays() throws IOException {
        Path reviews = dir.resolve("events.jsonl");
        Files.writeString(reviews, """
                {"uid": "u1", "song": "s1", "score": 4, "tags": ["rock", "live"], "at": 1700000000}
                {"uid": "u2", "song": "s1", "score": "5"}
                not json
                {"uid": "u2", "song": "s2", "tags": ["jazz"]}
                """);
        ColumnMapping mapping = new ColumnMapping(file(reviews, Map.of(Role.USER, "uid", Role.ITEM, "song",
                Role.RATING, "score", Role.TIMESTAMP, "at", Role.CATEGORIES, "tags")), null,
                TabularReader.JSON_ARRAY_SEPARATOR);
        ImportReport[] report = new ImportReport[1];
        RecordingSink sink = run(mapping, report);

        assertThat(sink.interactions).containsExactly("u1 s1 4.0 1700000000", "u2 s1 5.0 -", "u2 s2 - -");
        assertThat(sink.item("s1").categories()).isEqualTo("rock, live");
        assertThat(report[0].problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).startsWith("not a JSON object");
        });
    }

    @Test
    void theCheckNamesAMissingRoleAWrongColumnAndTheFirstBadValuesWithTheirLines() throws IOException {
        Path path = fixture("odd-columns.tsv");
        FileSample sample = FileSample.read(path, FileSample.detect(path), 200);

        MappingCheck.Result noUser = MappingCheck.check(new ColumnMapping(new ColumnMapping.FileMapping(path,
                sample.layout(), Map.of(Role.ITEM, "what")), null, ";"), sample, null);
        assertThat(noUser.errors()).containsExactly(
                "Choose the column of odd-columns.tsv (the interactions file) that holds the user id.");

        MappingCheck.Result ratingIsTitle = MappingCheck.check(new ColumnMapping(new ColumnMapping.FileMapping(path,
                sample.layout(), Map.of(Role.USER, "who", Role.ITEM, "what", Role.RATING, "label")), null, ";"),
                sample, null);
        assertThat(ratingIsTitle.ok()).isFalse();
        assertThat(ratingIsTitle.errors().get(0)).startsWith("9 of the first 9 rows of odd-columns.tsv cannot be"
                + " read with this mapping").contains("odd-columns.tsv, line 2: the rating 'The Hobbit (1937)' is not"
                + " a number.");

        MappingCheck.Result oneBadRow = MappingCheck.check(new ColumnMapping(new ColumnMapping.FileMapping(path,
                sample.layout(), ODD), null, ";"), sample, null);
        assertThat(oneBadRow.ok()).isTrue();
        assertThat(oneBadRow.warnings()).containsExactly("1 of the first 9 rows of odd-columns.tsv will be skipped:"
                + " odd-columns.tsv, line 6: the rating 'n/a' is not a number.");

        MappingCheck.Result timeIsUser = MappingCheck.check(new ColumnMapping(new ColumnMapping.FileMapping(path,
                sample.layout(), Map.of(Role.USER, "who", Role.ITEM, "what", Role.TIMESTAMP, "who")), null, ";"),
                sample, null);
        assertThat(timeIsUser.errors().get(0)).contains("line 2: the timestamp 'ann' is neither a number");
    }

    @Test
    void aColumnTheFileLacksStopsTheImportNamingTheColumns() throws IOException {
        ColumnMapping mapping = new ColumnMapping(file(fixture("odd-columns.tsv"),
                Map.of(Role.USER, "user_id", Role.ITEM, "what")), null, "");
        assertThatThrownBy(() -> run(mapping, new ImportReport[1])).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("odd-columns.tsv has no column 'user_id' for the user id (its columns:"
                        + " when_utc, who, stars");
    }

    @Test
    void rolesAreWrittenAsPairsOrJson() throws IOException {
        assertThat(MappingSpec.parseRoles("user=who, item=what,genres=kinds,author=made_by")).containsExactlyInAnyOrderEntriesOf(
                Map.of(Role.USER, "who", Role.ITEM, "what", Role.CATEGORIES, "kinds", Role.CREATOR, "made_by"));
        assertThatThrownBy(() -> MappingSpec.parseRoles("user=who,colour=red")).hasMessage(
                "Unknown role 'colour' in the mapping; roles: user, item, rating, timestamp, title, creator,"
                        + " categories, year.");
        assertThatThrownBy(() -> MappingSpec.parseRoles("user")).hasMessageContaining("is not ROLE=COLUMN");

        Path json = dir.resolve("mapping.json");
        Files.writeString(json, "{\"columns\": {\"user\": \"u\", \"item\": \"i\"}, \"delimiter\": \";\","
                + " \"header\": false, \"items\": {\"file\": \"items.csv\", \"columns\": {\"item\": \"id\"}}}");
        Files.writeString(dir.resolve("items.csv"), "id\nb1\n");
        Path data = dir.resolve("data.txt");
        Files.writeString(data, "a,b\n");
        ColumnMapping read = MappingSpec.readJson(json, data);
        assertThat(read.interactions().layout().delimiter()).isEqualTo(";");
        assertThat(read.interactions().layout().header()).isFalse();
        assertThat(read.items().file()).isEqualTo(dir.resolve("items.csv"));
        assertThat(MappingSpec.readSaved(MappingSpec.rolesJson(ODD, ";")))
                .isEqualTo(new MappingSpec.Saved(ODD, ";"));
    }
}
