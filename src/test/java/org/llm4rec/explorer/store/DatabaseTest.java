package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsMissingFolders() {
        Path file = dir.resolve("a/b/c/store.db");
        try (Database db = Database.open(file)) {
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void opensInWalModeWithForeignKeysAndABusyTimeout() {
        try (Database db = Database.open(dir.resolve("store.db"))) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isGreaterThanOrEqualTo(1000);
        }
    }

    @Test
    void aStoreWrittenWithNormalisedTitlesKeepsItsItemsAndTheirSearchWithoutThem() {
        Path file = dir.resolve("store.db");
        try (Database old = Database.open(file, new Migrations(Migrations.bundled().after(0).subList(0, 13)))) {
            old.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO datasets VALUES ('d', 'D', 'movie', 'v1', 1, '2024-01-01T00:00:00.000000000Z')");
                    s.execute("INSERT INTO items (id, dataset_id, item_id, title, popularity, normalised_title,"
                            + " folded_title) VALUES (7, 'd', 'm7', 'Amélie (2001)', 3, 'amelie 2001', 'amélie (2001)')");
                    s.execute("INSERT INTO items_fts (rowid, title, creators, categories) VALUES (7, 'Amélie (2001)', '', '')");
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(14);
            List<String> columns = db.read(c -> {
                List<String> names = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(items)")) {
                    while (rs.next()) {
                        names.add(rs.getString("name"));
                    }
                }
                return names;
            });
            assertThat(columns).contains("title", "folded_title").doesNotContain("normalised_title");
            SqliteCatalogueRepository catalogue = new SqliteCatalogueRepository(db);
            assertThat(catalogue.item("d", "m7").orElseThrow().popularity()).isEqualTo(3);
            assertThat(catalogue.search("d", "amelie", 5)).extracting(org.llm4rec.explorer.domain.Item::id)
                    .containsExactly("m7");
        }
    }

    @Test
    void appliesEachMigrationOnceAndReopeningChangesNothing() {
        Path file = dir.resolve("store.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.BUNDLED.size());
            assertThat(tables(db)).contains("datasets", "items", "items_fts", "profiles", "profile_entries",
                    "runs", "schema_version", "settings", "response_cache");
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO datasets VALUES ('d', 'D', 'book', 'v1', 0, '2024-01-01T00:00:00.000000000Z')"));
        }
        try (Database db = Database.open(file)) {
            assertThat(appliedVersions(db)).isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, Migrations.BUNDLED.size()).boxed().toList());
            assertThat(rowCount(db, "datasets")).isEqualTo(1);
        }
    }

    @Test
    void reopeningAppliesOnlyTheMigrationsThatAreNew() {
        Path file = dir.resolve("store.db");
        Migration v1 = new Migration(1, "V1__one.sql", "CREATE TABLE one (x INTEGER);");
        Migration v2 = new Migration(2, "V2__two.sql", "CREATE TABLE two (y TEXT); INSERT INTO one VALUES (7);");
        Database.open(file, new Migrations(List.of(v1))).close();
        try (Database db = Database.open(file, new Migrations(List.of(v1, v2)))) {
            assertThat(appliedVersions(db)).containsExactly(1, 2);
            assertThat(tables(db)).contains("one", "two");
            assertThat(rowCount(db, "one")).isEqualTo(1);
        }
    }

    @Test
    void aFailingMigrationLeavesNothingHalfDone() {
        Path file = dir.resolve("store.db");
        Migration v1 = new Migration(1, "V1__one.sql", "CREATE TABLE one (x INTEGER);");
        Migration broken = new Migration(2, "V2__broken.sql", "CREATE TABLE two (y TEXT); CREATE TABLE one (x);");
        Database.open(file, new Migrations(List.of(v1))).close();

        assertThatThrownBy(() -> Database.open(file, new Migrations(List.of(v1, broken))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("V2__broken.sql");

        try (Database db = Database.open(file, new Migrations(List.of(v1)))) {
            assertThat(appliedVersions(db)).containsExactly(1);
            assertThat(tables(db)).doesNotContain("two");
        }
    }

    @Test
    void refusesAFileWrittenByANewerVersionOfTheApp() {
        Path file = dir.resolve("store.db");
        try (Database db = Database.open(file)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO schema_version VALUES"
                    + " (99, 'V99__future.sql', '2030-01-01T00:00:00.000000000Z')"));
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("newer version");
    }

    @Test
    void migrationNumbersMustNotHaveGaps() {
        Migration v1 = new Migration(1, "V1__one.sql", "SELECT 1;");
        Migration v3 = new Migration(3, "V3__three.sql", "SELECT 1;");
        assertThatThrownBy(() -> new Migrations(List.of(v1, v3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyMigrationFileInTheResourceFolderIsListedInOrder() throws URISyntaxException {
        File folder = new File(getClass().getClassLoader().getResource(Migrations.FOLDER).toURI());
        String[] files = folder.list((d, name) -> name.endsWith(".sql"));
        assertThat(files).isNotNull();
        List<String> sorted = new ArrayList<>(Arrays.asList(files));
        sorted.sort((a, b) -> Integer.compare(Migrations.versionOf(a), Migrations.versionOf(b)));
        assertThat(Migrations.BUNDLED).isEqualTo(sorted);
        assertThat(Migrations.bundled().latest()).isEqualTo(sorted.size());
    }

    @Test
    void aClosedDatabaseSaysSo() {
        Database db = Database.open(dir.resolve("store.db"));
        db.close();
        assertThatThrownBy(db::schemaVersion).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }

    @Test
    void opensAPathWithSpacesAndNonAsciiLetters() {
        Path file = dir.resolve("my files/données é.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.BUNDLED.size());
        }
        assertThat(Files.exists(file)).isTrue();
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static List<String> tables(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static List<Integer> appliedVersions(Database db) {
        return db.read(c -> {
            List<Integer> versions = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                while (rs.next()) {
                    versions.add(rs.getInt(1));
                }
            }
            return versions;
        });
    }

    private static int rowCount(Database db, String table) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
