package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.dataset.imports.ImportListener;

/**
 * A disk that fills during an import. SQLite's own size limit (max_page_count) makes it answer SQLITE_FULL exactly
 * as a full disk does, on a real file, without filling the machine's disk.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedWithItsFreeSpaceAndLeavesTheStoreAsItWas() throws IOException {
        Path file = dir.resolve("store.db");
        int pages;
        try (Database db = Database.open(file)) {
            importInto(db, Fixtures.folder("ml-latest-small"), "Small");
            pages = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    return rs.getInt(1);
                }
            });
        }
        Path big = bigDataset();

        try (Database db = Database.open(file, Migrations.bundled(), config -> config.setMaxPageCount(pages + 30))) {
            assertThatThrownBy(() -> importInto(db, big, "Big")).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("The disk holding " + dir + " is full: ")
                    .hasMessageContaining(" MB free, and the change had written ")
                    .hasMessageContaining("Nothing was changed")
                    .hasMessageNotContaining("rollback");

            SqliteCatalogueRepository catalogue = new SqliteCatalogueRepository(db);
            assertThat(catalogue.dataset("big")).isEmpty();
            assertThat(catalogue.dataset("small")).isPresent();
            assertThat(new SqliteInteractionRepository(db).counts("small").interactions()).isEqualTo(4);
        }
    }

    @Test
    void aSuccessfulImportLeavesNoUnmergedLogBehind() throws IOException {
        Path file = dir.resolve("store.db");
        try (Database db = Database.open(file)) {
            importInto(db, bigDataset(), "Big");

            assertThat(Files.size(Path.of(file + "-wal"))).isZero();
            assertThat(new SqliteInteractionRepository(db).counts("big").interactions()).isEqualTo(6000);
        }
    }

    private static void importInto(Database db, Path folder, String name) {
        new DatasetImportService(new SqliteDatasetStore(db)).importPath(folder, name, ImportListener.NONE,
                () -> false);
    }

    /** 600 films and 6000 ratings, in MovieLens' CSV layout: far more than 30 pages of the store. */
    private Path bigDataset() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("big"));
        StringBuilder movies = new StringBuilder("movieId,title,genres\n");
        for (int m = 1; m <= 600; m++) {
            movies.append(m).append(",\"Film number ").append(m).append(", The (19").append(50 + m % 50)
                    .append(")\",Drama|Comedy\n");
        }
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int u = 1; u <= 200; u++) {
            for (int j = 0; j < 30; j++) {
                ratings.append(u).append(',').append(1 + (u * 7 + j * 13) % 600).append(",3.5,")
                        .append(1_100_000_000L + u * 1000L + j).append('\n');
            }
        }
        Files.writeString(folder.resolve("movies.csv"), movies);
        Files.writeString(folder.resolve("ratings.csv"), ratings);
        return folder;
    }
}
