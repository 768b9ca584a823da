package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.shape.Polyline;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.bench.SyntheticMovieLens;
import org.llm4rec.explorer.domain.experiment.ConfigurationSummary;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.ui.AppDriver;
import org.testfx.api.FxRobot;

/**
 * Runs a small experiment in the real Experiments window, headless: 12 users of a synthetic MovieLens dataset,
 * one LLMRank configuration against the fake Ollama over HTTP, and the three baselines, stored in a real SQLite
 * file; then the metric table, the charts and opening a user in the main window.
 */
class ExperimentsWindowTest {
    private static final String DATASET = "Synthetic tiny";
    private static final int USERS = 12;

    @TempDir
    Path files;
    private FakeOllama ollama;
    @RegisterExtension
    final AppDriver driver = new AppDriver();
    private final FxRobot robot = driver.robot;

    @BeforeEach
    void start() throws Exception {
        new SyntheticMovieLens(SyntheticMovieLens.Scale.TINY, 7).write(SyntheticMovieLens.Layout.ML_100K, files);
        driver.importDataset(files, DATASET);
        ollama = driver.start(RankingAnswers.serve(FakeOllama.start(), Duration.ofMillis(1)));
    }

    private static TableColumn<ConfigurationSummary, ?> column(TableView<ConfigurationSummary> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void aSmallExperimentShowsItsMetricTableWithBaselinesAndItsChartsAndOpensAUser() throws Exception {
        Node window = AppDriver.openExperiments(robot, DATASET);

        Label dataset = robot.from(window).lookup("#experimentDataset").queryAs(Label.class);
        assertThat(dataset.getText()).startsWith(DATASET);
        Spinner<Integer> size = robot.from(window).lookup("#sampleSize").queryAs(Spinner.class);
        driver.replaceText(size.getEditor(), Integer.toString(USERS));
        TextField name = robot.from(window).lookup("#experimentName").queryAs(TextField.class);
        driver.replaceText(name, "LLMRank against baselines");
        assertThat(size.getValue()).isEqualTo(USERS);
        ListView<?> models = robot.from(window).lookup("#experimentModels").queryAs(ListView.class);
        waitUntil(() -> models.getItems().contains(RankingAnswers.FIRST_MODEL), () -> "models " + models.getItems());
        driver.tick("#experimentStrategies", 0);
        driver.tick("#experimentModels", models.getItems().indexOf(RankingAnswers.FIRST_MODEL));
        Label summary = robot.from(window).lookup("#draftSummary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("1 model configuration × 1 repeat + 3 baselines; 12 random users"
                + " (seed 42).");

        robot.clickOn("#runExperiment");
        TableView<ConfigurationSummary> table = robot.from(window).lookup("#metricTable").queryTableView();
        Label message = robot.from(window).lookup("#experimentMessage").queryAs(Label.class);
        waitUntil(() -> table.getItems().size() == 4, message::getText);

        assertThat(message.getText()).isEqualTo("\"LLMRank against baselines\" finished.");
        assertThat(robot.from(window).lookup("#experimentCounts").queryAs(Label.class).getText())
                .isEqualTo("48 of 48 user runs");
        assertThat(table.getItems()).extracting(s -> s.configuration().isBaseline())
                .containsExactly(false, true, true, true);
        assertThat(table.getItems()).allSatisfy(s -> assertThat(s.users()).isEqualTo(USERS));
        assertThat(column(table, "answered").getCellData(0)).isEqualTo(Integer.toString(USERS));
        assertThat(column(table, "failed").getCellData(0)).isEqualTo("0");
        assertThat(table.getItems().get(0).validity().parseFailure()).isZero();
        assertThat(robot.from(window).lookup("#resultProtocolText").queryAs(Label.class).getText())
                .contains("Leave-last-one-out", "M with the target included (LLMRank)", "12 random users (seed 42)");
        assertThat(robot.from(window).lookup("#exclusionsText").queryAs(Label.class).getText())
                .isEqualTo("Users: 12 sampled, none excluded by the protocol.");
        // Exactly the chat requests of one configuration over the users: baselines never call the model.
        assertThat(ollama.requests("/api/chat")).hasSize(USERS);

        robot.clickOn("Charts");
        BarChartPane metric = robot.lookup("#metricChart").queryAs(BarChartPane.class);
        assertThat(metric.groups()).extracting(BarGroup::baseline).containsExactly(false, true, true, true);
        assertThat(marks(metric, "chart-bar")).isEqualTo(4);
        assertThat(marks(metric, "baseline")).isEqualTo(3);
        assertThat(marks(metric, "chart-whisker")).isEqualTo(4 * 3);
        StripChartPane strip = robot.lookup("#userChart").queryAs(StripChartPane.class);
        assertThat(marks(strip, "chart-point")).isEqualTo(4 * USERS);
        ParetoChartPane cost = robot.lookup("#costChart").queryAs(ParetoChartPane.class);
        assertThat(marks(cost, "chart-point")).isEqualTo(4);
        assertThat(cost.plot().getChildren()).filteredOn(n -> n instanceof Polyline)
                .singleElement().satisfies(line -> assertThat(((Polyline) line).getPoints()).isNotEmpty());
        assertThat(marks(robot.lookup("#popularityChart").queryAs(BarChartPane.class), "chart-bar"))
                .isEqualTo(4 * 2 + 2);
        assertThat(marks(robot.lookup("#segmentChart").queryAs(BarChartPane.class), "chart-bar"))
                .isGreaterThanOrEqualTo(4);

        // Clicking a point of the model's column opens that user in the main window with the stored run.
        Node point = strip.plot().getChildren().stream()
                .filter(n -> n.getStyleClass().contains("chart-point") && n.getStyleClass().contains("chart-series-0"))
                .findFirst().orElseThrow();
        String user = ((StripColumn.UserValue) point.getUserData()).userId();
        robot.interact(() -> point.getOnMouseClicked().handle(null));
        waitUntil(() -> message.getText().startsWith("Opened user"), message::getText);
        assertThat(message.getText()).isEqualTo("Opened user " + user + " in the main window with 1 stored run.");
        Window main = Window.getWindows().stream().filter(w -> w.getScene().lookup("#recommendButton") != null)
                .findFirst().orElseThrow();
        TextField profileName = (TextField) main.getScene().lookup("#profileName");
        waitUntil(() -> profileName.getText().equals("User " + user), profileName::getText);
        assertThat(main.getScene().getRoot().lookupAll(".run-column")).hasSize(1);
    }

    private static long marks(ChartPane chart, String styleClass) {
        return chart.plot().getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass)).count();
    }

    private static void waitUntil(BooleanSupplier condition, Supplier<String> shown) {
        AppDriver.waitUntil(Duration.ofSeconds(60), condition, shown);
    }
}
