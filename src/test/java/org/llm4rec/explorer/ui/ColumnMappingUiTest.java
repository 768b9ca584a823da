package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.SavedMappings;
import org.llm4rec.explorer.app.port.DatasetCounts;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.dataset.imports.Role;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteInteractionRepository;
import org.llm4rec.explorer.store.SqliteSettingsRepository;
import org.llm4rec.explorer.ui.data.ColumnMappingView;
import org.llm4rec.explorer.ui.data.ColumnMappingViewModel;
import org.llm4rec.explorer.ui.task.TaskList;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The column-mapping window driven as a user drives it, importing into a real SQLite store. */
class ColumnMappingUiTest {
    private static final Path ODD = Fixtures.folder("mapped").resolve("odd-columns.tsv");

    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Database db;
    private Background background;
    private SavedMappings saved;
    private DatasetImportService importer;
    private final List<String> imported = new CopyOnWriteArrayList<>();
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        db = Database.open(dir.resolve("explorer.db"));
        background = new Background(Executors.newFixedThreadPool(2), Executors.newSingleThreadScheduledExecutor(),
                Platform::runLater);
        saved = new SavedMappings(new SqliteSettingsRepository(db));
        importer = new DatasetImportService(new SqliteDatasetStore(db));
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (stage != null) {
            robot.interact(stage::close);
        }
        FxToolkit.cleanupStages();
        background.close();
        db.close();
    }

    private ColumnMappingViewModel open(Path file) throws TimeoutException {
        ColumnMappingViewModel model = new ColumnMappingViewModel(importer, saved, new TaskList(background), imported::add);
        robot.interact(() -> {
            model.open(file);
            stage = ColumnMappingView.show(null, model);
        });
        TableView<?> sample = robot.lookup("#sampleTable").queryTableView();
        FxWait.until(() -> sample.getItems().size() == 9);
        return model;
    }

    /** Opens the role's list and clicks the column, as a user does. */
    private void map(String roleKey, String column) throws TimeoutException {
        robot.clickOn(Reveal.inSight(robot, robot.lookup("#role-" + roleKey).queryComboBox()));
        java.util.function.Predicate<Node> choice = n -> n instanceof ListCell<?> cell && column.equals(cell.getText())
                && n.isVisible();
        FxWait.until(() -> robot.lookup(choice).tryQuery().isPresent());
        robot.clickOn(choice);
        assertThat(robot.lookup("#role-" + roleKey).queryComboBox().getValue()).isEqualTo(column);
    }

    private String problems() {
        return robot.lookup("#mappingProblems").queryAs(Label.class).getText();
    }

    @Test
    void aTsvWithOddColumnsIsMappedPreviewedImportedAndItsMappingRemembered() throws Exception {
        ColumnMappingViewModel model = open(ODD);
        assertThat(robot.lookup("#detectedLayout").queryAs(Label.class).getText())
                .isEqualTo("Detected: tab-separated, header row, UTF-8");
        // Only "stars" looks like a known role; the user and item must be chosen.
        assertThat(robot.lookup("#role-rating").queryComboBox().getValue()).isEqualTo("stars");
        assertThat(problems()).contains("that holds the user id");
        Button importButton = robot.lookup("#importMapped").queryButton();
        assertThat(importButton.isDisabled()).isTrue();

        map("user", "who");
        map("item", "what");
        map("timestamp", "when_utc");
        map("title", "label");
        map("creator", "made_by");
        map("categories", "kinds");
        robot.doubleClickOn("#categorySeparator").write(";");

        TableView<?> preview = robot.lookup("#previewTable").queryTableView();
        FxWait.until(() -> preview.getItems().size() == 8);
        assertThat(problems()).isEmpty();
        assertThat(robot.lookup("#mappingWarnings").queryAs(Label.class).getText()).isEqualTo("1 of the first 9"
                + " rows of odd-columns.tsv will be skipped: odd-columns.tsv, line 6: the rating 'n/a' is not a number.");
        assertThat(importButton.isDisabled()).isFalse();

        robot.clickOn(importButton);
        TextArea outcome = robot.lookup("#mappingOutcome").queryAs(TextArea.class);
        FxWait.until(() -> outcome.isVisible() && !outcome.getText().isEmpty());
        assertThat(outcome.getText()).startsWith("Imported odd-columns").contains("Users: 3", "Items: 4",
                "Interactions: 8", "Rows skipped: 1", "odd-columns.tsv, line 6: the rating 'n/a' is not a number");
        assertThat(imported).containsExactly("odd-columns");

        SqliteCatalogueRepository catalogue = new SqliteCatalogueRepository(db);
        assertThat(catalogue.datasets()).extracting(Dataset::name, Dataset::itemCount)
                .contains(org.assertj.core.groups.Tuple.tuple("odd-columns", 4));
        assertThat(new SqliteInteractionRepository(db).counts("odd-columns")).isEqualTo(new DatasetCounts(3, 4, 8));
        Item hobbit = catalogue.search("odd-columns", "hobbit", 5).get(0);
        assertThat(hobbit.creators()).isEqualTo("J. R. R. Tolkien");
        assertThat(hobbit.categories()).isEqualTo("Fantasy, Classic");
        assertThat(hobbit.year()).isEqualTo(1937);

        // The same header next time: the mapping is applied again.
        robot.interact(stage::close);
        ColumnMappingViewModel again = open(ODD);
        FxWait.until(() -> "who".equals(again.interactions().role(Role.USER).get()));
        assertThat(again.interactions().role(Role.CATEGORIES).get()).isEqualTo("kinds");
        assertThat(again.categorySeparatorProperty().get()).isEqualTo(";");
        assertThat(model.mapping().interactions().columns()).isEqualTo(again.mapping().interactions().columns());
    }

    @Test
    void aWrongColumnForTheRatingIsExplainedWithTheLineAndValueAndCannotBeImported() throws Exception {
        open(ODD);
        map("user", "who");
        map("item", "what");
        map("rating", "label");

        FxWait.until(() -> problems().contains("cannot be read"));
        assertThat(problems()).isEqualTo("9 of the first 9 rows of odd-columns.tsv cannot be read with this mapping;"
                + " is the right column chosen? odd-columns.tsv, line 2: the rating 'The Hobbit (1937)' is not a"
                + " number. odd-columns.tsv, line 3: the rating 'Dune' is not a number. odd-columns.tsv, line 4:"
                + " the rating 'The Hobbit (1937)' is not a number.");
        assertThat(robot.lookup("#importMapped").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#previewTable").queryTableView().getItems()).isEmpty();
        assertThat(new SqliteCatalogueRepository(db).datasets()).extracting(Dataset::name)
                .doesNotContain("odd-columns");
    }

    @Test
    void changingTheDelimiterReadsTheFileAgain() throws Exception {
        open(ODD);
        ComboBox<String> delimiter = robot.lookup("#delimiter").queryComboBox();
        robot.interact(() -> delimiter.setValue(","));
        TableView<?> sample = robot.lookup("#sampleTable").queryTableView();
        FxWait.until(() -> sample.getColumns().size() == 1);
        assertThat(robot.lookup("#detectedLayout").queryAs(Label.class).getText())
                .isEqualTo("Detected: comma-separated, header row, UTF-8");
        robot.interact(() -> delimiter.setValue("\\t"));
        FxWait.until(() -> sample.getColumns().size() == 8);
    }
}
