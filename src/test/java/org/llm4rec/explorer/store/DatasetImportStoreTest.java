package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.port.DatasetOverview;
import org.llm4rec.explorer.app.port.Interaction;
import org.llm4rec.explorer.app.port.ItemActivity;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.dataset.imports.ImportCancelledException;
import org.llm4rec.explorer.dataset.imports.ImportException;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.dataset.imports.ImportReport;
import org.llm4rec.explorer.dataset.imports.ItemTallies;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/** Imports into a real SQLite file: one transaction per dataset, counts, history, search, rename and delete. */
class DatasetImportStoreTest {
    private static final List<String> TABLES = List.of("datasets", "items", "items_fts", "item_details",
            "dataset_users", "interactions", "item_activity", "item_latest", "dataset_imports", "dataset_files", "profiles",
            "profile_entries");

    @TempDir
    Path dir;
    @RegisterExtension
    final TempDatabase database = new TempDatabase();
    private SqliteCatalogueRepository catalogue;
    private SqliteInteractionRepository interactions;
    private SqliteDatasetStore store;
    private DatasetImportService service;

    @BeforeEach
    void open() {
        catalogue = new SqliteCatalogueRepository(database.get());
        interactions = new SqliteInteractionRepository(database.get());
        store = new SqliteDatasetStore(database.get());
        service = new DatasetImportService(store);
    }

    private DatasetImportService.Imported importFixture(String layout, String name) {
        return service.importPath(Fixtures.folder(layout), name, ImportListener.NONE, () -> false);
    }

    @Test
    void rowsWithAndWithoutReviewsRatingsAndTimesAndAtPositionsWithGapsAreStoredAsSent() {
        List<String> sent = new ArrayList<>();
        store.store("rows", "Rows", "test", sink -> {
            for (int item = 0; item < 3; item++) {
                sink.item(item, new Item("i" + item, "Title " + item, "", null, "", 0), null);
            }
            sink.user(0, "u0", "{}");
            sink.user(1, "u1", "{}");
            // 150 rows: the writer inserts 64 at a time; the second set mixes reviews in, the third has a gap.
            for (int i = 0; i < 150; i++) {
                int user = i < 100 ? 0 : 1;
                long position = i < 100 ? i : i + 100;
                double rating = i % 7 == 0 ? Double.NaN : i % 5 + 1;
                long time = i % 11 == 0 ? Long.MIN_VALUE : 1_000_000 + i;
                String review = i >= 64 && i % 2 == 0 ? "review 'of' " + i : null;
                sink.interaction(user, i % 3, rating, time, position, review);
                sent.add((user + 1) + " " + position + " " + (i % 3 + 1) + " " + (Double.isNaN(rating) ? null : rating)
                        + " " + (time == Long.MIN_VALUE ? null : time) + " " + review);
            }
            sink.finish(new ItemTallies());
            return new ImportReport("test", "item", "v", List.of(), 2, 3, 150, 0, List.of(), Duration.ZERO);
        });

        List<String> stored = database.get().read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT user_key, position,"
                    + " item_key, rating, timestamp, review FROM interactions ORDER BY user_key, position")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getObject(4) + " "
                            + rs.getObject(5) + " " + rs.getString(6));
                }
            }
            return rows;
        });
        assertThat(stored).containsExactlyElementsOf(sent);
    }

    /** Sets of 64 rows whose values fit are bound two values a row, which SQLite takes apart. */
    @Test
    void rowsOfHalfStarsAndTimesAreStoredAsSentAtTheEdgesOfWhatIsPackedAndBeyond() {
        double[] ratings = {0, 0.5, 1, 2.5, 4, 5, 127.5, 3.5};
        long[] times = {0, 1, 978_300_760, (1L << 48) - 1, 1_700_000_000};
        List<String> sent = new ArrayList<>();
        store.store("packed", "Packed", "test", sink -> {
            for (int item = 0; item < 5; item++) {
                sink.item(item, new Item("i" + item, "Title " + item, "", null, "", 0), null);
            }
            sink.user(0, "u0", "{}");
            // 64 rows that fit; 64 with one quarter star among them; 64 with one time past 48 bits; 30 more.
            for (int i = 0; i < 222; i++) {
                double rating = i == 100 ? 4.25 : ratings[i % ratings.length];
                long time = i == 150 ? 1L << 48 : times[i % times.length];
                sink.interaction(0, i % 5, rating, time, i, null);
                sent.add("1 " + i + " " + (i % 5 + 1) + " " + rating + " " + time);
            }
            sink.finish(new ItemTallies());
            return new ImportReport("test", "item", "v", List.of(), 1, 5, 222, 0, List.of(), Duration.ZERO);
        });

        List<String> stored = database.get().read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT user_key, position,"
                    + " item_key, rating, timestamp, typeof(rating) FROM interactions ORDER BY position")) {
                while (rs.next()) {
                    assertThat(rs.getString(6)).isEqualTo("real");
                    rows.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getDouble(4) + " "
                            + rs.getLong(5));
                }
            }
            return rows;
        });
        assertThat(stored).containsExactlyElementsOf(sent);
    }

    @Test
    void importsMovieLens100kWithUsersHistoryAndSearchableLatin1Titles() {
        DatasetImportService.Imported imported = importFixture("ml-100k", "MovieLens 100K");

        assertThat(imported.datasetId()).isEqualTo("movielens-100k");
        Dataset dataset = catalogue.dataset("movielens-100k").orElseThrow();
        assertThat(dataset.name()).isEqualTo("MovieLens 100K");
        assertThat(dataset.itemKind()).isEqualTo("movie");
        assertThat(dataset.version()).isEqualTo(imported.report().version());
        assertThat(dataset.itemCount()).isEqualTo(3);
        assertThat(interactions.counts("movielens-100k").users()).isEqualTo(3);
        assertThat(interactions.counts("movielens-100k").interactions()).isEqualTo(5);
        assertThat(catalogue.search("movielens-100k", "nenette", 5)).extracting(Item::title)
                .containsExactly("Nénette et Boni");
        assertThat(catalogue.item("movielens-100k", "1").orElseThrow().popularity()).isEqualTo(3);
        assertThat(interactions.users("movielens-100k", "", 10)).extracting(u -> u.id() + ":" + u.interactions())
                .containsExactly("1:2", "2:2", "3:1");
        assertThat(interactions.users("movielens-100k", "", 10).get(1).attributes()).contains("\"occupation\":\"other\"");
        assertThat(interactions.history("movielens-100k", "2")).extracting(i -> i.item().id(), Interaction::rating,
                Interaction::time).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1", 4.0, Instant.ofEpochSecond(888550871)),
                org.assertj.core.groups.Tuple.tuple("3", 5.0, Instant.ofEpochSecond(888551000)));
        assertThat(store.files("movielens-100k")).extracting(f -> f.name())
                .containsExactly("u.data", "u.genre", "u.item", "u.user");
    }

    @Test
    void theOverviewHasRatingsLongTailsTimeSpanAndItemFields() {
        importFixture("ml-100k", "ml");

        DatasetOverview overview = interactions.overview("ml");

        assertThat(overview.counts().density()).isEqualTo(5.0 / 9.0);
        assertThat(overview.ratings()).containsExactly(Map.entry(2.0, 1L), Map.entry(3.0, 1L), Map.entry(4.0, 1L),
                Map.entry(5.0, 2L));
        assertThat(overview.perUserDescending()).containsExactly(2, 2, 1);
        assertThat(overview.perItemDescending()).containsExactly(3, 1, 1);
        assertThat(overview.first()).isEqualTo(Instant.ofEpochSecond(874965758));
        assertThat(overview.last()).isEqualTo(Instant.ofEpochSecond(889237400));
        assertThat(overview.itemFields()).containsEntry("title", 3L).containsEntry("categories", 3L)
                .containsEntry("creators", 0L).containsEntry("details", 3L);
    }

    @Test
    void itemActivityShowsWhoInteractedAndTheMeanRating() {
        importFixture("ml-100k", "ml");

        ItemActivity activity = interactions.itemActivity("ml", "1", 2);

        assertThat(activity.interactions()).isEqualTo(3);
        assertThat(activity.meanRating()).isEqualTo(11.0 / 3);
        assertThat(activity.recent()).extracting(Interaction::userId).containsExactly("3", "2");
        assertThat(activity.details()).contains("imdb_url");
    }

    @Test
    void datasetsWithoutTimesKeepTheirFileOrderAndUnratedShelves() {
        importFixture("goodbooks-10k", "books");

        assertThat(interactions.history("books", "1")).extracting(i -> i.item().id(), Interaction::rating)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 5.0),
                        org.assertj.core.groups.Tuple.tuple("2", 4.0),
                        org.assertj.core.groups.Tuple.tuple("3", null));
        assertThat(interactions.overview("books").ratings()).containsEntry(Double.NaN, 2L);
    }

    @Test
    void aCancelledImportLeavesTheStoreExactlyAsBefore() throws Exception {
        importFixture("ml-latest-small", "movies");
        Map<String, Long> before = rowCounts();
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> service.importPath(Fixtures.folder("ml-100k"), "movies", ImportListener.NONE,
                () -> polls.incrementAndGet() > 3)).isInstanceOf(ImportCancelledException.class);
        assertThatThrownBy(() -> service.importPath(Fixtures.folder("ml-1m"), "other", ImportListener.NONE,
                () -> true)).isInstanceOf(ImportCancelledException.class);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(catalogue.datasets()).extracting(Dataset::id).containsExactly("movies");
        assertThat(catalogue.item("movies", "11").orElseThrow().title()).isEqualTo("American President, The");
    }

    @Test
    void aFailedImportLeavesTheStoreExactlyAsBefore() throws Exception {
        importFixture("ml-1m", "movies");
        Map<String, Long> before = rowCounts();
        Path broken = Fixtures.copy("ml-latest-small", dir);
        Files.writeString(broken.resolve("ratings.csv"), "userId,movieId,stars\n1,1,4\n");

        assertThatThrownBy(() -> service.importPath(broken, "movies", ImportListener.NONE, () -> false))
                .isInstanceOf(ImportException.class).hasMessageContaining("no column 'rating'");

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(catalogue.dataset("movies").orElseThrow().version()).hasSize(64);
    }

    @Test
    void reimportingReplacesTheContentsAndKeepsProfiles() {
        importFixture("ml-1m", "movies");
        new SqliteProfileRepository(database.get()).save(new Profile("p", "Fan", "movies", "",
                List.of(new ProfileEntry(catalogue.item("movies", "1").orElseThrow(), 5.0, false)), ""));

        importFixture("ml-10m", "movies");

        assertThat(catalogue.dataset("movies").orElseThrow().itemCount()).isEqualTo(2);
        assertThat(interactions.counts("movies").interactions()).isEqualTo(3);
        assertThat(catalogue.search("movies", "Misérables", 5)).isEmpty();
        assertThat(new SqliteProfileRepository(database.get()).find("p")).isPresent();
        assertThat(store.files("movies")).extracting(f -> f.name()).containsExactly("movies.dat", "ratings.dat");
    }

    @Test
    void twoDatasetsLiveSideBySideAndDeletingOneRemovesAllOfItOnly() throws Exception {
        importFixture("ml-100k", "a");
        Map<String, Long> withOne = rowCounts();
        importFixture("ml-latest-small", "b");
        new SqliteProfileRepository(database.get()).save(new Profile("p", "Fan", "b", "",
                List.of(new ProfileEntry(catalogue.item("b", "1").orElseThrow(), 5.0, false)), ""));

        store.delete("b");

        assertThat(rowCounts()).isEqualTo(withOne);
        assertThat(interactions.history("a", "1")).hasSize(2);
        assertThat(catalogue.search("a", "Toy Story", 5)).hasSize(1);
    }

    @Test
    void idsComeFromNamesAndNeverTakeTheSamplesId() {
        assertThat(DatasetImportService.idFor("Amélie's MovieLens 1M!")).isEqualTo("amelie-s-movielens-1m");
        assertThat(DatasetImportService.idFor("goodbooks-10k sample")).isEqualTo("goodbooks-10k-sample-imported");
        assertThat(DatasetImportService.defaultName(Path.of("/x/Books_5.json.gz"))).isEqualTo("Books_5");
    }

    @Test
    void renameChangesOnlyTheName() {
        importFixture("recbole", "r");

        store.rename("r", "  RecBole mini ");

        assertThat(catalogue.dataset("r").orElseThrow().name()).isEqualTo("RecBole mini");
        assertThatThrownBy(() -> store.rename("nope", "x")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.rename("r", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private Map<String, Long> rowCounts() {
        return database.get().read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }
}
