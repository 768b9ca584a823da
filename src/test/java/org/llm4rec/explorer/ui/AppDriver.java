package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.llm4rec.explorer.TempFolder;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.export.PngFile;
import org.llm4rec.explorer.boot.ExplorerApp;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app headless on a fresh data folder and drives its workflow the way a user does. Registered as an
 * extension, it readies the toolkit before each test and afterwards closes the app, its windows and the fake
 * servers it was given, and deletes the data folder.
 */
public final class AppDriver implements BeforeEachCallback, AfterEachCallback {
    public final FxRobot robot = new FxRobot();
    private final List<FakeOllama> servers = new ArrayList<>();
    private Path dataDir;
    private Application app;
    private String[] lastArgs;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, TimeoutException {
        dataDir = TempFolder.create("explorer-app");
        // Starting the app installs the sample catalogue; on a machine shared with other builds that can take
        // longer than the default half minute.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException, TimeoutException {
        stop();
        FxToolkit.cleanupStages();
        servers.forEach(FakeOllama::close);
        servers.clear();
        TempFolder.delete(dataDir);
    }

    /** The app's data folder, e.g. to put a dataset in its store before it starts. */
    public Path dataDir() {
        return dataDir;
    }

    /** Imports a dataset folder into the app's store under the name, as the import dialog does, before it starts. */
    public void importDataset(Path folder, String name) {
        try (Database db = Database.open(dataDir.resolve("explorer.db"))) {
            new DatasetImportService(new SqliteDatasetStore(db)).importPath(folder, name, ImportListener.NONE,
                    () -> false);
        }
    }

    /** Hands over a fake server to be closed after the test, and gives it back. */
    public FakeOllama serve(FakeOllama server) {
        servers.add(server);
        return server;
    }

    /** Starts the app against the fake server, which is closed after the test; gives the server back. */
    public FakeOllama start(FakeOllama server) throws Exception {
        return start(server, List.of());
    }

    /** Starts the app against the fake server with more command-line arguments; gives the server back. */
    public FakeOllama start(FakeOllama server, List<String> more) throws Exception {
        start(serve(server).baseUrl(), more);
        return server;
    }

    /** Starts the app against the server at the address, which may be down. */
    public void start(String ollamaUrl) throws Exception {
        start(ollamaUrl, List.of());
    }

    /** Starts the app with more command-line arguments after the data folder and server. */
    public void start(String ollamaUrl, List<String> more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--ollama", ollamaUrl));
        args.addAll(more);
        lastArgs = args.toArray(String[]::new);
        launch();
    }

    /** Quits the app and opens it again on the same data folder and server, as a user coming back to it. */
    public void restart() throws Exception {
        stop();
        FxToolkit.cleanupStages();
        launch();
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(ExplorerApp.class, lastArgs);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    void chooseProfile(String name) throws TimeoutException {
        ComboBox<?> profiles = robot.lookup("#profileCombo").queryComboBox();
        waitUntil(() -> !profiles.getItems().isEmpty());
        robot.clickOn(reveal(profiles));
        robot.clickOn(name);
    }

    void chooseModel(String name) throws TimeoutException {
        ComboBox<?> models = robot.lookup("#modelCombo").queryComboBox();
        waitUntil(() -> models.getItems().stream().anyMatch(m -> m.toString().contains(name)));
        robot.clickOn(reveal(models));
        // Model cells also show the size ("llama3.2:3b  · 3B"), so match the start of the text.
        robot.clickOn((Node n) -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith(name));
        Button recommend = robot.lookup("#recommendButton").queryButton();
        waitUntil(() -> !recommend.isDisabled());
    }

    /** Cards of every column, left to right. */
    List<Recommendation> shownRecommendations() {
        return robot.lookup(".recommendation-card").queryAll().stream()
                .map(node -> (Recommendation) node.getUserData()).toList();
    }

    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits, and on time-out says what was shown instead. */
    public static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> shown) {
        waitUntil(Duration.ofSeconds(20), condition, shown);
    }

    /** Waits at most the limit (experiments take longer than a click), saying what the app showed if it ran out. */
    public static void waitUntil(Duration limit, BooleanSupplier condition, java.util.function.Supplier<String> shown) {
        try {
            WaitForAsyncUtils.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS, condition::getAsBoolean);
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out; the app showed: " + shown.get(), e);
        }
    }

    /** Opens the Earlier runs step, whose cells are made only once it is open, and reopens the newest stored run. */
    public void reopenNewestRun() throws TimeoutException {
        reveal(robot.lookup("#runHistory").queryListView());
        waitUntil(() -> robot.lookup("#runHistory .list-cell").match((ListCell<?> c) -> !c.isEmpty()).tryQuery()
                .isPresent());
        robot.doubleClickOn(reveal(robot.lookup("#runHistory .list-cell").match((ListCell<?> c) -> !c.isEmpty())
                .queryAs(ListCell.class)));
    }

    /** With {@code -Ddocs.screenshots=true}, writes a picture of the scene as docs/{name}, for the README. */
    public static void screenshot(Scene scene, String name) throws Exception {
        if (!Boolean.getBoolean("docs.screenshots")) {
            return;
        }
        // Text set in the last pulse may still be laid out in the next few.
        WaitForAsyncUtils.waitForFxEvents(5);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        PngFile.write(w, h, argb, Path.of("docs", name).toAbsolutePath());
    }

    public <T extends Node> T reveal(T node) {
        return Reveal.inSight(robot, node);
    }

    public Node reveal(String query) {
        return reveal(robot.lookup(query).<Node>query());
    }

    /** Types the text over whatever the field holds, as a person selecting it all first would. */
    public void replaceText(TextField field, String text) {
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    /** Ticks the check box of the list's row, and checks that it took. */
    public void tick(String list, int index) {
        ListView<?> view = robot.lookup(list).queryAs(ListView.class);
        CheckBox box = robot.from(view).lookup(".check-box").nth(index).queryAs(CheckBox.class);
        robot.clickOn(box);
        assertThat(box.isSelected()).isTrue();
    }

    /** Picks the dataset in the main window and opens File → Experiments… on it: the Experiments window's root. */
    public static Node openExperiments(FxRobot robot, String datasetName) {
        ComboBox<Dataset> datasets = robot.lookup("#datasetCombo").queryComboBox();
        waitUntil(Duration.ofSeconds(60), () -> datasets.getItems().stream()
                .anyMatch(d -> d.name().equals(datasetName)), () -> "no dataset " + datasetName);
        robot.interact(() -> datasets.getSelectionModel().select(datasets.getItems().stream()
                .filter(d -> d.name().equals(datasetName)).findFirst().orElseThrow()));
        robot.clickOn("File").clickOn("Experiments…");
        waitUntil(Duration.ofSeconds(60), () -> robot.lookup("#experimentsView").tryQuery().isPresent(),
                () -> "no Experiments window");
        return robot.lookup("#experimentsView").query();
    }
}

