package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.experiment.StudyUsers;
import org.llm4rec.explorer.app.export.PngFile;
import org.llm4rec.explorer.boot.ExplorerApp;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.SweepParameter;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.ui.AppDriver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two studies in the real Experiments window: the dataset in a real SQLite file, two scripted models behind the
 * fake Ollama over HTTP, the Studies tab's list, estimate, run, chart with the published figures, and finding.
 * With {@code -Dstudies.screenshots=<folder>} it also saves the window as it looks after each study.
 */
class StudiesWindowTest {
    private static final String POSITION_MODEL = "llama3.2:3b";
    private static final String SERIES_MODEL = "qwen3:4b";
    private static final String DATASET = "Study users";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private FakeOllama ollama;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        StudyUsers users = StudyUsers.write(files);
        try (Database db = Database.open(dataDir.resolve("explorer.db"))) {
            new DatasetImportService(new SqliteDatasetStore(db)).importPath(users.folder, DATASET,
                    ImportListener.NONE, () -> false);
        }
        ollama = FakeOllama.start().model(POSITION_MODEL).replies(POSITION_MODEL, StudyUsers::keepsTheListedOrder)
                .model(SERIES_MODEL).replies(SERIES_MODEL, StudyUsers::followsTheSeriesInTheHistory);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, "--data-dir", dataDir.toString(), "--ollama",
                ollama.baseUrl());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        ollama.close();
    }

    /** The Studies tab of the Experiments window, opened on the study users. */
    private Node openStudies() {
        AppDriver.openExperiments(robot, DATASET);
        TabPane tabs = robot.lookup("#experimentTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals("Studies")).findFirst().orElseThrow()));
        return robot.lookup("#studiesPane").query();
    }

    @Test
    void positionBiasAndOrderRunFromTheStudiesListWithTheirChartsAndFindings() throws Exception {
        Node pane = openStudies();
        ListView<StudyKind> list = robot.from(pane).lookup("#studyList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(6);
        ComboBox<String> model = robot.from(pane).lookup("#studyModel").queryAs(ComboBox.class);
        waitUntil(() -> model.getItems().contains(SERIES_MODEL), () -> "models " + model.getItems());
        Label cost = robot.from(pane).lookup("#studyCost").queryAs(Label.class);
        Label finding = robot.from(pane).lookup("#studyFinding").queryAs(Label.class);
        Label message = robot.from(pane).lookup("#studyMessage").queryAs(Label.class);

        robot.interact(() -> list.getSelectionModel().select(StudyKind.POSITION_BIAS));
        robot.interact(() -> model.setValue(POSITION_MODEL));
        Spinner<Integer> users = robot.from(pane).lookup("#studyUsers").queryAs(Spinner.class);
        robot.interact(() -> users.getValueFactory().setValue(0));
        assertThat(robot.from(pane).lookup("#studyValues").queryAs(TextField.class).getText())
                .isEqualTo("1,5,10,15,20");
        assertThat(robot.from(pane).lookup("#studyAbout").queryAs(Label.class).getText())
                .contains("From: LLMRank (Hou et al., ECIR 2024), Fig. 2a and 2b.");
        waitUntil(() -> cost.getText().startsWith("5 experiments, about 800 model calls"),
                () -> cost.getText() + " / " + message.getText() + " / " + model.getValue());
        assertThat(cost.getText()).contains("has no measured speed yet");

        run();
        Label progress = robot.from(pane).lookup("#studyProgressText").queryAs(Label.class);
        waitUntil(() -> message.getText().equals("Finished."), () -> message.getText() + " / " + progress.getText());
        assertThat(finding.getText()).contains("With the target at position 1, NDCG@10 is 1.000")
                .contains("position bias.").contains("Bootstrapped, B=3 narrows the gap from 100% to");
        StudyChartPane chart = robot.from(pane).lookup("#studyChart").queryAs(StudyChartPane.class);
        assertThat(marks(chart, "study-line")).isEqualTo(2);
        assertThat(marks(chart, "chart-whisker")).isEqualTo(2 * 5);
        assertThat(marks(chart, "study-reference-point")).isEqualTo(2);
        screenshot("study-position-bias.png");

        robot.interact(() -> list.getSelectionModel().select(StudyKind.ORDER));
        robot.interact(() -> model.setValue(SERIES_MODEL));
        waitUntil(() -> cost.getText().startsWith("3 experiments, about 120 model calls"), cost::getText);
        assertThat(cost.getText()).contains("qwen3:4b has no measured speed yet");
        run();
        waitUntil(() -> message.getText().equals("Finished.") && finding.getText().contains("real order"),
                message::getText);
        assertThat(finding.getText()).contains("uses what the history holds but not its order");
        assertThat(marks(chart, "chart-whisker")).isEqualTo(3);
        screenshot("study-order.png");

        // The first study measured the position model's speed: its estimate now has a time.
        robot.interact(() -> list.getSelectionModel().select(StudyKind.POSITION_BIAS));
        robot.interact(() -> model.setValue(POSITION_MODEL));
        waitUntil(() -> cost.getText().contains("at " + POSITION_MODEL + "'s measured"), cost::getText);
    }

    @Test
    void aSweepOfKWithPanelsByMShowsOneSmallChartPerValueOfM() throws Exception {
        Node pane = openStudies();
        ComboBox<String> model = robot.from(pane).lookup("#studyModel").queryAs(ComboBox.class);
        waitUntil(() -> model.getItems().contains(SERIES_MODEL), () -> "models " + model.getItems());
        robot.interact(() -> {
            robot.from(pane).lookup("#studyList").queryAs(ListView.class).getSelectionModel().select(StudyKind.SWEEP);
            model.setValue(SERIES_MODEL);
            robot.from(pane).lookup("#studyUsers").queryAs(Spinner.class).getValueFactory().setValue(0);
            robot.from(pane).lookup("#studyParameter").queryAs(ComboBox.class).setValue(SweepParameter.HISTORY);
            robot.from(pane).lookup("#studyValues").queryAs(TextField.class).setText("5,50");
            robot.from(pane).lookup("#studyPanelParameter").queryAs(ComboBox.class)
                    .setValue(SweepParameter.CANDIDATES);
            robot.from(pane).lookup("#studyPanelValues").queryAs(TextField.class).setText("5,20");
        });
        Label cost = robot.from(pane).lookup("#studyCost").queryAs(Label.class);
        Label message = robot.from(pane).lookup("#studyMessage").queryAs(Label.class);
        waitUntil(() -> cost.getText().startsWith("4 experiments, about 160 model calls"),
                () -> cost.getText() + " / " + message.getText());
        Button html = robot.lookup("#studyHtml").queryButton();
        assertThat(html.isDisabled()).isTrue();

        run();
        waitUntil(() -> message.getText().equals("Finished."), message::getText);

        StudyChartPane chart = robot.from(pane).lookup("#studyChart").queryAs(StudyChartPane.class);
        assertThat(chart.plot().getChildren().stream().filter(n -> n.getStyleClass().contains("study-panel-title"))
                .map(n -> ((Text) n).getText())).containsExactly("candidates=5", "candidates=20");
        assertThat(marks(chart, "study-line")).isEqualTo(2);
        assertThat(marks(chart, "chart-whisker")).isEqualTo(4);
        // One y axis for both: the second panel's lines start right of the first panel's.
        List<Polyline> lines = chart.plot().getChildren().stream().filter(n -> n instanceof Polyline)
                .map(n -> (Polyline) n).toList();
        assertThat(lines.get(1).getPoints().get(0)).isGreaterThan(lines.get(0).getPoints().get(2));
        assertThat(robot.from(pane).lookup("#studyFinding").queryAs(Label.class).getText())
                .startsWith("With candidates=5, NDCG@10 goes from").contains("With candidates=20,");
        assertThat(html.isDisabled()).isFalse();
        screenshot("study-sweep-panels.png");
    }

    @Test
    void aRunningStudyIsListedInTheStatusBarWhoseCancelStopsIt() {
        ollama.promptTime(POSITION_MODEL, prompt -> Duration.ofMillis(150));
        Node pane = openStudies();
        ComboBox<String> model = robot.from(pane).lookup("#studyModel").queryAs(ComboBox.class);
        waitUntil(() -> model.getItems().contains(POSITION_MODEL), () -> "models " + model.getItems());
        robot.interact(() -> {
            robot.from(pane).lookup("#studyList").queryAs(ListView.class).getSelectionModel()
                    .select(StudyKind.POSITION_BIAS);
            model.setValue(POSITION_MODEL);
            robot.from(pane).lookup("#studyUsers").queryAs(Spinner.class).getValueFactory().setValue(0);
        });
        Label message = robot.from(pane).lookup("#studyMessage").queryAs(Label.class);

        run();
        Node tasks = robot.lookup("#taskList").query();
        waitUntil(() -> robot.from(tasks).lookup(".task-title").queryAll().stream()
                .anyMatch(t -> ((Label) t).getText().equals("Study Position bias on " + DATASET)), message::getText);
        waitUntil(() -> ollama.requests("/api/chat").size() > 3, message::getText);
        Button cancel = robot.from(tasks).lookup(".cancel-task").queryButton();
        assertThat(cancel.isDisabled()).isFalse();
        robot.interact(cancel::fire);

        waitUntil(() -> message.getText().startsWith("Stopped: Continue with \"Resume\""), message::getText);
        waitUntil(() -> robot.from(tasks).lookup(".task-title").queryAll().isEmpty(), () -> "still listed");
        assertThat(ollama.requests("/api/chat").size()).isLessThan(800);
        assertThat(robot.lookup("#resumeStudy").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#cancelStudy").queryButton().isDisabled()).isTrue();
    }

    private void run() {
        Button run = robot.lookup("#runStudy").queryButton();
        assertThat(run.isDisabled()).isFalse();
        robot.interact(run::fire);
    }

    private void screenshot(String name) throws Exception {
        String folder = System.getProperty("studies.screenshots");
        if (folder == null) {
            return;
        }
        Node root = robot.lookup("#experimentsView").query();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = root.snapshot(new SnapshotParameters(), null));
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        int[] pixels = new int[width * height];
        image[0].getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        Files.createDirectories(Path.of(folder));
        PngFile.write(width, height, pixels, Path.of(folder, name));
    }

    private static long marks(ChartPane chart, String styleClass) {
        return chart.plot().getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass)).count();
    }

    private static void waitUntil(BooleanSupplier condition, Supplier<String> shown) {
        AppDriver.waitUntil(Duration.ofSeconds(90), condition, shown);
    }
}
