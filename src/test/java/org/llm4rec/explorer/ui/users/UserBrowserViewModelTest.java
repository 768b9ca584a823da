package org.llm4rec.explorer.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.users.DatasetUser;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetUsers;
import org.llm4rec.explorer.ui.SameThreadBackground;

/** Browsing a dataset's users and starting a profile from one, over a real SQLite file. */
class UserBrowserViewModelTest {
    private static final Dataset MOVIES = new Dataset("movies", "Movies", "movie", "v1", 3);
    private static final Dataset BOOKS = new Dataset("books", "Sample books", "book", "v1", 1);
    private static final Item HEAT = new Item("1", "Heat", "Michael Mann", 1995, "", 10);
    private static final Item ALIEN = new Item("2", "Alien", "Ridley Scott", 1979, "", 20);
    private static final Item FARGO = new Item("3", "Fargo", "Joel Coen", 1996, "", 30);

    @TempDir
    Path dir;
    private Database db;
    private Background background;
    private final SimpleObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(MOVIES);
    private UserBrowserViewModel model;

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("store.db");
        db = Database.open(file);
        var catalogue = new SqliteCatalogueRepository(db);
        catalogue.saveDataset(MOVIES, List.of(HEAT, ALIEN, FARGO));
        catalogue.saveDataset(BOOKS, List.of(new Item("9", "Emma", "Jane Austen", 1815, "", 1)));
        // Users as an importer would write them: a second connection to the same file.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO dataset_users (id, dataset_id, user_id, attributes) VALUES"
                    + " (1, 'movies', '42', json_object('gender', 'F', 'age', '25-34', 'occupation', 'writer',"
                    + " 'zip', '55455')), (2, 'movies', '7', '{}')");
            s.executeUpdate("INSERT INTO interactions (user_key, position, item_key, rating, timestamp)"
                    + " SELECT u, p, (SELECT id FROM items WHERE dataset_id = 'movies' AND item_id = i), r, t FROM ("
                    + " SELECT 1 AS u, 1 AS p, '3' AS i, 4.0 AS r, 978300760 AS t"
                    + " UNION ALL SELECT 1, 2, '1', 5.0, 978300000 UNION ALL SELECT 1, 3, '2', 3.5, 978301000"
                    + " UNION ALL SELECT 2, 4, '2', 1.0, 5)");
        }
        background = SameThreadBackground.create();
        model = new UserBrowserViewModel(new SqliteDatasetUsers(db), background, dataset);
    }

    @AfterEach
    void close() {
        background.close();
        db.close();
    }

    @Test
    void listsUsersWithInteractionCountsAndDemographicsAndSearchesById() {
        model.refresh();
        assertThat(model.users()).containsExactly(new DatasetUser("42", 3, "F", "25-34", "writer", "55455"),
                new DatasetUser("7", 1, "", "", "", ""));
        assertThat(model.summaryProperty().get()).contains("2 users");

        model.queryProperty().set("4");
        assertThat(model.users()).extracting(DatasetUser::id).containsExactly("42");
        model.queryProperty().set("9");
        assertThat(model.users()).isEmpty();
        assertThat(model.summaryProperty().get()).contains("No user id starts with \"9\"");
    }

    @Test
    void aUsersTimelineIsInTimeOrderAndBecomesAProfileWithTheLastItemHeldOut() {
        model.refresh();
        model.selectedProperty().set(model.users().get(0));
        assertThat(model.timeline()).extracting(e -> e.item().title()).containsExactly("Heat", "Fargo", "Alien");

        Profile profile = model.toProfile("new-id").orElseThrow();
        assertThat(profile.id()).isEqualTo("new-id");
        assertThat(profile.name()).isEqualTo("User 42");
        assertThat(profile.datasetId()).isEqualTo("movies");
        assertThat(profile.entries()).containsExactly(new ProfileEntry(HEAT, 5.0, false),
                new ProfileEntry(FARGO, 4.0, false), new ProfileEntry(ALIEN, 3.5, true));
        assertThat(profile.attributes().ageGroup()).isEqualTo("25-34");
        assertThat(profile.attributes().occupation()).isEqualTo("writer");
        assertThat(profile.description()).contains("F · 25-34 · writer · 55455");
    }

    @Test
    void aCatalogueWithoutInteractionsSaysItHasNoUsers() {
        dataset.set(BOOKS);
        model.refresh();
        assertThat(model.users()).isEmpty();
        assertThat(model.summaryProperty().get()).startsWith("This dataset has no users");
        assertThat(model.toProfile("x")).isEmpty();
    }
}
