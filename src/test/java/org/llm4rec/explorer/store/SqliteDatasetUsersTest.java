package org.llm4rec.explorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.UserHistory;
import org.llm4rec.explorer.domain.users.DatasetUser;
import org.llm4rec.explorer.domain.users.TimelineEntry;

class SqliteDatasetUsersTest {
    private static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 100);
    private static final Item DUNE = new Item("8", "Dune", "Frank Herbert", 1965, "", 90);
    private static final Item EMMA = new Item("9", "Emma", "Jane Austen", 1815, "", 80);

    @RegisterExtension
    final TempDatabase database = new TempDatabase();
    private SqliteDatasetUsers users;

    @BeforeEach
    void open() {
        var catalogue = new SqliteCatalogueRepository(database.get());
        catalogue.saveDataset(new Dataset("books", "Books", "book", "v1", 3), List.of(HOBBIT, DUNE, EMMA));
        catalogue.saveDataset(new Dataset("empty", "Empty", "book", "v1", 0), List.of());
        users = new SqliteDatasetUsers(database.get());
        user("12", "F", "25", "writer", "55455");
        user("120", "", "", "", "");
        user("3", "M", "18", "", "");
        interaction("12", "8", 4.5, 2_000L);
        interaction("12", "7", 5.0, 1_000L);
        interaction("12", "9", null, 3_000L);
        interaction("120", "9", 3.0, null);
        interaction("3", "7", 2.0, 10L);
        interaction("3", "8", 2.0, 20L);
    }

    @Test
    void everyUsersHistoryComesInOrderForTheCandidateGenerators() {
        assertThat(new SqliteUserHistories(database.get()).histories("books")).containsExactly(
                new UserHistory("12", List.of("7", "8", "9")), new UserHistory("120", List.of("9")),
                new UserHistory("3", List.of("7", "8")));
        assertThat(new SqliteUserHistories(database.get()).histories("empty")).isEmpty();
    }

    @Test
    void aCatalogueWithoutInteractionsHasNoUsers() {
        assertThat(users.count("empty")).isZero();
        assertThat(users.search("empty", "", 10)).isEmpty();
    }

    @Test
    void listsUsersWithTheMostInteractionsFirstAndSearchesByIdPrefix() {
        assertThat(users.count("books")).isEqualTo(3);
        assertThat(users.search("books", "", 10)).containsExactly(
                new DatasetUser("12", 3, "F", "25", "writer", "55455"),
                new DatasetUser("3", 2, "M", "18", "", ""),
                new DatasetUser("120", 1, "", "", "", ""));
        assertThat(users.search("books", "12", 10)).extracting(DatasetUser::id).containsExactly("12", "120");
        assertThat(users.search("books", "", 1)).extracting(DatasetUser::id).containsExactly("12");
        assertThat(users.search("books", "12", 10).get(0).demographics()).isEqualTo("F · 25 · writer · 55455");
    }

    @Test
    void aUsersHistoryIsOrderedByTimeWithRatingsAndDates() {
        assertThat(users.history("books", "12")).containsExactly(
                new TimelineEntry(HOBBIT, 5.0, Instant.ofEpochSecond(1_000)),
                new TimelineEntry(DUNE, 4.5, Instant.ofEpochSecond(2_000)),
                new TimelineEntry(EMMA, null, Instant.ofEpochSecond(3_000)));
        assertThat(users.history("books", "120")).containsExactly(new TimelineEntry(EMMA, 3.0, null));
        assertThat(users.history("books", "nobody")).isEmpty();
    }

    @Test
    void anInteractionWithAnItemMissingFromTheCatalogueIsReported() {
        interaction("3", "404", 1.0, 30L);
        assertThatThrownBy(() -> users.history("books", "3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 404").hasMessageContaining("User 3");
    }

    /** A user as an import writes one: demographics in the attributes object. */
    private void user(String id, String gender, String age, String occupation, String location) {
        database.get().write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO dataset_users (dataset_id, user_id, attributes)"
                    + " VALUES ('books', ?, json_object('gender', ?, 'age', ?, 'occupation', ?, 'zip', ?))")) {
                p.setString(1, id);
                p.setString(2, gender);
                p.setString(3, age);
                p.setString(4, occupation);
                p.setString(5, location);
                return p.executeUpdate();
            }
        });
    }

    /** An interaction as an import writes one: by user and item keys, in file order. */
    private void interaction(String user, String item, Double rating, Long time) {
        database.get().write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO interactions"
                    + " (user_key, position, item_key, rating, timestamp) VALUES ("
                    + " (SELECT id FROM dataset_users WHERE dataset_id = 'books' AND user_id = ?),"
                    + " (SELECT COUNT(*) FROM interactions),"
                    + " coalesce((SELECT id FROM items WHERE dataset_id = 'books' AND item_id = ?), CAST(? AS INTEGER)),"
                    + " ?, ?)")) {
                p.setString(1, user);
                p.setString(2, item);
                p.setString(3, item);
                p.setObject(4, rating);
                p.setObject(5, time);
                return p.executeUpdate();
            }
        });
    }
}
