package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.experiment.WordJudge;
import org.llm4rec.explorer.bench.SyntheticMovieLens;
import org.llm4rec.explorer.domain.experiment.ConfigurationSummary;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.ui.AppDriver;
import org.testfx.api.FxRobot;

/**
 * Judge explanations… in the real Experiments window, headless: six users of a synthetic MovieLens dataset, one
 * LLMRank configuration whose model explains every film as "a warm pick", and the baselines; then a fake judge
 * over HTTP that scores 5 for "warm" (1 otherwise) judges them. The metric table gains the judge's columns, named
 * by its model and template version, with 5.00 for the model and "–" for the baselines; the quality chart shows
 * the model's point. A judge run cancelled in the status bar resumes where it stopped; run again, it has nothing
 * left to ask.
 */
class ExperimentJudgeWindowTest {
    private static final String DATASET = "Synthetic tiny";
    private static final String JUDGE = "judge-model:7b";
    private static final Pattern PLAN = Pattern.compile("(\\d+) explanations to judge: (\\d+) model calls \\((\\d+)"
            + " judged before by this judge, not asked again\\)\\.");

    @TempDir
    Path files;
    private FakeOllama ollama;
    @RegisterExtension
    final AppDriver driver = new AppDriver();
    private final FxRobot robot = driver.robot;

    /** The ranking, each line followed by a reason, as models often write them. */
    private static String explained(String prompt) {
        return RankingAnswers.answer(RankingAnswers.FIRST_MODEL, prompt).lines()
                .map(line -> line + " - A warm pick for an evening in.").collect(Collectors.joining("\n"));
    }

    @BeforeEach
    void start() throws Exception {
        new SyntheticMovieLens(SyntheticMovieLens.Scale.TINY, 7).write(SyntheticMovieLens.Layout.ML_100K, files);
        driver.importDataset(files, DATASET);
        ollama = driver.start(FakeOllama.start().model(RankingAnswers.FIRST_MODEL)
                .replies(RankingAnswers.FIRST_MODEL, ExperimentJudgeWindowTest::explained)
                .model(JUDGE).replies(JUDGE, WordJudge.scoring("warm")).chunkDelay(JUDGE, Duration.ofMillis(3)));
    }

    @Test
    void judgingAnExperimentAddsTheJudgesColumnsAndChartAndAStoppedRunResumesWithoutAskingTwice() throws Exception {
        Node window = AppDriver.openExperiments(robot, DATASET);
        Spinner<Integer> size = robot.from(window).lookup("#sampleSize").queryAs(Spinner.class);
        driver.replaceText(size.getEditor(), "6");
        driver.replaceText(robot.from(window).lookup("#experimentName").queryAs(TextField.class), "Judged LLMRank");
        ListView<?> models = robot.from(window).lookup("#experimentModels").queryAs(ListView.class);
        waitUntil(() -> models.getItems().contains(RankingAnswers.FIRST_MODEL), () -> "models " + models.getItems());
        driver.tick("#experimentStrategies", 0);
        driver.tick("#experimentModels", models.getItems().indexOf(RankingAnswers.FIRST_MODEL));
        Button judge = robot.from(window).lookup("#judgeExplanations").queryButton();
        assertThat(judge.isDisabled()).isTrue();

        robot.clickOn("#runExperiment");
        TableView<ConfigurationSummary> table = robot.from(window).lookup("#metricTable").queryTableView();
        Label message = robot.from(window).lookup("#experimentMessage").queryAs(Label.class);
        waitUntil(() -> table.getItems().size() == 4, message::getText);
        int columnsBefore = table.getColumns().size();

        robot.clickOn(judge);
        waitUntil(() -> robot.lookup("#judgePlan").tryQuery().isPresent(), () -> "no judge dialog");
        Label plan = robot.lookup("#judgePlan").queryAs(Label.class);
        assertThat(plan.getText()).isEqualTo("Pick the model that should judge.");
        ComboBox<String> judgeModel = robot.lookup("#judgeModel").queryComboBox();
        waitUntil(() -> judgeModel.getItems().contains(JUDGE), () -> "models " + judgeModel.getItems());
        robot.interact(() -> judgeModel.setValue(JUDGE));
        waitUntil(() -> PLAN.matcher(plan.getText()).matches(), plan::getText);
        Matcher counted = PLAN.matcher(plan.getText());
        assertThat(counted.matches()).isTrue();
        int explanations = Integer.parseInt(counted.group(1));
        assertThat(explanations).isGreaterThanOrEqualTo(6);
        assertThat(counted.group(2)).isEqualTo(counted.group(1));
        assertThat(counted.group(3)).isEqualTo("0");

        // The run is a task of the status bar: cancelled there part-way, it keeps what the judge scored.
        robot.clickOn("#startJudging");
        Label status = robot.lookup("#judgeExplanationsStatus").queryAs(Label.class);
        Pattern progress = Pattern.compile("(\\d+) of " + explanations + " · .*");
        waitUntil(() -> progress.matcher(status.getText()).matches()
                && Integer.parseInt(status.getText().split(" ")[0]) >= 3, status::getText);
        Node task = robot.lookup("#taskList .task").query();
        assertThat(robot.from(task).lookup(".task-title").queryAs(Label.class).getText())
                .isEqualTo("Judge explanations of Judged LLMRank");
        robot.interact(() -> robot.from(task).lookup(".cancel-task").queryButton().fire());
        waitUntil(() -> status.getText().startsWith("Stopped"), status::getText);
        waitUntil(() -> PLAN.matcher(plan.getText()).matches() && !plan.getText().startsWith(explanations + " "),
                plan::getText);
        Matcher left = PLAN.matcher(plan.getText());
        assertThat(left.matches()).isTrue();
        int before = Integer.parseInt(left.group(3));
        assertThat(before).isBetween(3, explanations - 1);
        assertThat(Integer.parseInt(left.group(1))).isEqualTo(explanations - before);

        robot.clickOn("#startJudging");
        waitUntil(() -> status.getText().startsWith("Done"), status::getText);
        assertThat(status.getText()).isEqualTo("Done: " + (explanations - before) + " judged now, " + before
                + " judged before.");
        // Every explanation asked once; at most the one asked when Cancel came is asked again.
        assertThat(judgeCalls()).isBetween((long) explanations, explanations + 1L);
        long calls = judgeCalls();
        waitUntil(() -> plan.getText().startsWith("0 explanations"), plan::getText);
        assertThat(plan.getText()).isEqualTo("0 explanations to judge: 0 model calls (" + explanations
                + " judged before by this judge, not asked again).");

        // One group of five columns (four criteria and overall) after the ranking metrics, named by the judge.
        waitUntil(() -> table.getColumns().size() == columnsBefore + 1, () -> "columns " + table.getColumns());
        TableColumn<ConfigurationSummary, ?> group = table.getColumns().stream()
                .filter(c -> c.getText().startsWith("Explanations, model judge")).findFirst().orElseThrow();
        assertThat(table.getColumns().indexOf(group)).isEqualTo(table.getColumns().indexOf(table.getColumns()
                .stream().filter(c -> c.getText().equals("Recall")).findFirst().orElseThrow()) + 1);
        assertThat(group.getText()).isEqualTo("Explanations, model judge: judge-model:7b · judge-app-rubric v1");
        assertThat(group.getColumns()).extracting(TableColumn::getText).containsExactly(
                "Relevance", "Specificity", "Persuasiveness", "Faithfulness", "Overall");
        for (TableColumn<ConfigurationSummary, ?> column : group.getColumns()) {
            assertThat(column.getCellData(0)).isEqualTo("5.00");
            for (int baseline = 1; baseline <= 3; baseline++) {
                assertThat(column.getCellData(baseline)).isEqualTo("–");
            }
        }

        // The judge's own run again: nothing is asked, everything was judged before.
        robot.clickOn("#startJudging");
        waitUntil(() -> status.getText().startsWith("Done: 0"), status::getText);
        assertThat(status.getText()).isEqualTo("Done: 0 judged now, " + explanations + " judged before.");
        assertThat(judgeCalls()).isEqualTo(calls);

        robot.interact(() -> robot.lookup("#judgePlan").query().getScene().getWindow().hide());
        robot.clickOn("Charts");
        ComboBox<JudgeScore> score = robot.lookup("#judgeScore").queryComboBox();
        assertThat(score.getItems()).hasSize(5);
        assertThat(score.getValue().toString()).isEqualTo("Overall (judge: judge-model:7b · judge-app-rubric v1)");
        QualityChartPane quality = robot.lookup("#qualityChart").queryAs(QualityChartPane.class);
        assertThat(quality.points()).singleElement().satisfies(p -> {
            assertThat(p.judged().mean()).isEqualTo(5.0);
            assertThat(p.ranking()).isEqualTo(table.getItems().get(0).metric(
                    org.llm4rec.explorer.domain.experiment.Metric.NDCG_10));
        });
        assertThat(quality.plot().getChildren()).filteredOn(n -> n.getStyleClass().contains("chart-point"))
                .hasSize(1);
        // Whiskers across (the ranking metric's interval) and up (the judge's), each with two caps.
        assertThat(quality.plot().getChildren()).filteredOn(n -> n.getStyleClass().contains("chart-whisker"))
                .hasSize(6);
        assertThat(robot.lookup("#qualityChartPng").queryButton().isDisabled()).isFalse();

        robot.clickOn("Results");
        robot.interact(() -> table.scrollToColumn(group.getColumns().get(0)));
        AppDriver.screenshot(window.getScene(), "experiment-judge-columns.png");
        robot.clickOn("Charts");
        driver.reveal(quality);
        AppDriver.screenshot(window.getScene(), "experiment-judge-quality.png");

        // Export files… writes what the command line writes, the judge's columns included.
        Path exported = Files.createDirectories(files.resolve("exported"));
        ExperimentsView view = robot.lookup("#experimentsView").queryAs(ExperimentsView.class);
        robot.interact(() -> view.model().exportFiles(exported));
        Label written = robot.lookup("#experimentMessage").queryAs(Label.class);
        waitUntil(() -> written.getText().startsWith("Wrote "), written::getText);
        assertThat(written.getText()).isEqualTo("Wrote Judged-LLMRank.results.csv, Judged-LLMRank.summary.csv,"
                + " Judged-LLMRank.timing.csv, Judged-LLMRank.results.json to " + exported + ".");
        assertThat(Files.readString(exported.resolve("Judged-LLMRank.summary.csv")))
                .contains("Relevance (judge: judge-model:7b · judge-app-rubric v1)");
        assertThat(Files.readString(exported.resolve("Judged-LLMRank.results.json"))).contains("\"modelJudges\"");
    }

    private long judgeCalls() {
        return ollama.requests("/api/chat").stream().filter(r -> r.json().path("model").asText().equals(JUDGE))
                .count();
    }

    private static void waitUntil(BooleanSupplier condition, Supplier<String> shown) {
        AppDriver.waitUntil(Duration.ofSeconds(60), condition, shown);
    }
}
