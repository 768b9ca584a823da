package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.download.DatasetDownloader;
import org.llm4rec.explorer.app.download.DownloadableDataset;
import org.llm4rec.explorer.app.download.ServedFile;
import org.llm4rec.explorer.app.download.ZipServer;
import org.llm4rec.explorer.dataset.imports.Fixtures;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.ui.data.DownloadView;
import org.llm4rec.explorer.ui.data.DownloadViewModel;
import org.llm4rec.explorer.ui.task.TaskList;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The download window as a user drives it, against a local HTTP server serving a MovieLens-100K-shaped zip. */
class DownloadUiTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private ZipServer server;
    private Database db;
    private Background background;
    private Stage stage;
    private byte[] zip;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        zip = Files.readAllBytes(Fixtures.zip("ml-100k", Files.createDirectories(dir.resolve("source"))));
        server = new ZipServer("/ml-100k.zip", new ServedFile(zip, "ETag", "\"v1\""));
        db = Database.open(dir.resolve("explorer.db"));
        background = new Background(Executors.newFixedThreadPool(2), Executors.newSingleThreadScheduledExecutor(),
                Platform::runLater);
        DownloadViewModel model = new DownloadViewModel(DatasetDownloader.create(server.baseUrl(), dir.resolve("downloads")),
                new DatasetImportService(new SqliteDatasetStore(db)), new TaskList(background), id -> { },
                DownloadableDataset.movieLens());
        robot.interact(() -> stage = DownloadView.show(null, model));
    }

    @AfterEach
    void stop() throws TimeoutException {
        robot.interact(stage::close);
        FxToolkit.cleanupStages();
        server.close();
        background.close();
        db.close();
    }

    @Test
    void theLicenceMustBeTickedBeforeTheDownloadThenItIsImported() throws Exception {
        pickMovieLens100K();
        Button download = robot.lookup("#downloadButton").queryButton();
        assertThat(download.isDisabled()).isTrue();
        assertThat(robot.lookup("#licenceText").queryAs(TextArea.class).getText())
                .contains("you may not redistribute it");

        robot.clickOn("#acceptLicence");
        assertThat(download.isDisabled()).isFalse();
        assertThat(server.requests()).isZero();
        robot.clickOn(download);

        assertImported();
    }

    @Test
    void aBrokenOffDownloadOffersStartOverWhichFetchesTheWholeFileAgain() throws Exception {
        server.serve(new ServedFile(zip, "ETag", "\"v1\"").breakingAt(zip.length / 2));
        pickMovieLens100K();
        robot.clickOn("#acceptLicence");
        robot.clickOn("#downloadButton");
        Button startOver = robot.lookup("#startOver").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, startOver::isVisible);
        assertThat(robot.lookup("#downloadMessage").queryLabeled().getText())
                .contains("broke off after", "are kept: Download and import continues from there");

        server.serve(new ServedFile(zip, "ETag", "\"v1\""));
        robot.clickOn(startOver);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !startOver.isVisible());
        robot.clickOn("#downloadButton");

        assertImported();
        assertThat(server.served().ranges()).containsExactly("whole");
    }

    private void pickMovieLens100K() {
        robot.clickOn((Node n) -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith("MovieLens 100K"));
    }

    private void assertImported() throws TimeoutException {
        TextArea outcome = robot.lookup("#downloadOutcome").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.isVisible() && !outcome.getText().isEmpty());
        assertThat(outcome.getText()).startsWith("Imported ml-100k").contains("Format: MovieLens 100K", "Users: 3");
        assertThat(new SqliteCatalogueRepository(db).dataset("ml-100k")).isPresent();
    }
}
