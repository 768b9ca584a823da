package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.port.Interaction;
import org.llm4rec.explorer.app.port.ItemActivity;

/** A store written before items kept their activity gets it from its interactions when it is opened. */
class ItemActivityMigrationTest {
    @TempDir
    Path dir;

    @Test
    void existingInteractionsGiveEachItemItsCountMeanAndLatestTwenty() {
        Path file = dir.resolve("store.db");
        Migrations beforeActivity = new Migrations(Migrations.bundled().after(0).subList(0, 9));
        try (Database old = Database.open(file, beforeActivity)) {
            old.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO datasets (id, name, item_kind, version, item_count, created_at)"
                            + " VALUES ('ml', 'ml', 'movie', 'v', 2, '2026-01-01T00:00:00Z')");
                    s.execute("INSERT INTO items (id, dataset_id, item_id, title, creators, year, categories,"
                            + " popularity, normalised_title, folded_title) VALUES"
                            + " (1, 'ml', 'a', 'Alpha', '', NULL, '', 0, 'alpha', 'alpha'),"
                            + " (2, 'ml', 'b', 'Beta', '', NULL, '', 0, 'beta', 'beta')");
                }
                try (PreparedStatement users = c.prepareStatement(
                        "INSERT INTO dataset_users (id, dataset_id, user_id) VALUES (?, 'ml', ?)");
                     PreparedStatement rows = c.prepareStatement("INSERT INTO interactions"
                             + " (user_key, position, item_key, rating, timestamp) VALUES (?, ?, ?, ?, ?)")) {
                    for (int user = 1; user <= 30; user++) {
                        users.setInt(1, user);
                        users.setString(2, "u" + user);
                        users.executeUpdate();
                        // Item 1: every user, times falling with the user number; item 2: one unrated row.
                        rows.setInt(1, user);
                        rows.setInt(2, user * 2);
                        rows.setInt(3, 1);
                        rows.setDouble(4, user % 5 + 1);
                        rows.setLong(5, 1000 - user);
                        rows.executeUpdate();
                    }
                    rows.setInt(1, 1);
                    rows.setInt(2, 3);
                    rows.setInt(3, 2);
                    rows.setObject(4, null);
                    rows.setObject(5, null);
                    rows.executeUpdate();
                }
                return null;
            });
        }

        try (Database db = Database.open(file)) {
            SqliteInteractionRepository repository = new SqliteInteractionRepository(db);
            ItemActivity alpha = repository.itemActivity("ml", "a", 20);
            ItemActivity beta = repository.itemActivity("ml", "b", 20);

            assertThat(alpha.interactions()).isEqualTo(30);
            assertThat(alpha.meanRating()).isEqualTo(90.0 / 30);
            List<String> newestFirst = new ArrayList<>();
            for (int user = 1; user <= 20; user++) {
                newestFirst.add("u" + user);
            }
            assertThat(alpha.recent()).extracting(Interaction::userId).isEqualTo(newestFirst);
            assertThat(alpha.recent().get(0).time()).isEqualTo(Instant.ofEpochSecond(999));
            assertThat(beta.interactions()).isEqualTo(1);
            assertThat(beta.meanRating()).isNull();
            assertThat(beta.recent()).extracting(Interaction::userId).containsExactly("u1");
            assertThat(indexesOnInteractions(db)).doesNotContain("interactions_by_item");
        }
    }

    private static List<String> indexesOnInteractions(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interactions'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }
}
