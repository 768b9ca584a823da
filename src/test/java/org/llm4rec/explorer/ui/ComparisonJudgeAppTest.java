package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llm4rec.explorer.ui.AppDriver.waitUntil;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.app.judge.JudgeFixtures;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.ui.judge.PairwiseJudgeViewModel.PairRow;

/**
 * Model judges on a comparison in the real app: two columns from the fake Ollama, then a judge model answering over
 * HTTP scores every explanation (shown on the cards as the model's) and judges the pairs of the two columns in both
 * orders. The judge always prefers the explanation it is shown first, and the pairwise screen must say so.
 */
class ComparisonJudgeAppTest {
    private static final String LLAMA = "llama3.2:3b";
    private static final String QWEN = "qwen3:4b";
    private static final String JUDGE = "gemma2:9b";
    private static final String TERSE = "In short: ";

    @RegisterExtension
    final AppDriver driver = new AppDriver();

    /**
     * Scores as a model writes them, in a fenced block after a preamble: the "In short:" explanations get a lower
     * specificity and another reason; pairs always go to the explanation shown first (Explanation A).
     */
    private static String judge(String prompt) {
        if (prompt.contains("Explanation A:")) {
            return JudgeFixtures.firstWins(prompt);
        }
        boolean terse = prompt.contains(TERSE);
        return "Here is my assessment.\n```json\n{\"scores\": {\"relevance\": 4, \"specificity\": " + (terse ? 2 : 4)
                + ", \"persuasiveness\": 3, \"faithfulness\": 5}, \"reason\": \"" + (terse
                ? "Opens with filler before it says anything." : "Names what the reader loved in the history.")
                + "\"}\n```";
    }

    private void twoColumns(FakeOllama server) throws Exception {
        driver.start(server.reply(LLAMA, DemoAnswers.fantasy())
                .reply(QWEN, DemoAnswers.fantasy().replace("\"explanation\": \"", "\"explanation\": \"" + TERSE))
                .model(JUDGE).replies(JUDGE, ComparisonJudgeAppTest::judge));
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(LLAMA);
        driver.robot.clickOn("#recommendButton");
        waitUntil(() -> driver.shownRecommendations().size() == 11);
        driver.chooseModel(QWEN);
        driver.robot.clickOn("#recommendButton");
        waitUntil(() -> driver.shownRecommendations().size() == 22);
    }

    @Test
    void everyExplanationGetsTheJudgesScoresOnItsCardAfterAStoppedRunIsResumed() throws Exception {
        // Slow enough to be seen in the task list and stopped part-way.
        twoColumns(FakeOllama.start().promptTime(JUDGE, prompt -> Duration.ofMillis(250)));

        driver.robot.clickOn("Judge").clickOn("Judge with a model…");
        waitUntil(() -> driver.robot.lookup("#columnJudge").tryQuery().isPresent(), () -> "no judge window");
        Parent window = driver.robot.lookup("#columnJudge").queryAs(Parent.class);
        Label plan = driver.robot.from(window).lookup("#judgeCallCount").queryAs(Label.class);
        assertThat(plan.getText()).isEqualTo("22 explanations in 2 columns. Pick the model that should judge.");
        pickJudge(window);
        waitUntil(() -> plan.getText().contains("calls"), plan::getText);
        assertThat(plan.getText()).isEqualTo("22 explanations in 2 columns: 22 calls to gemma2:9b"
                + " (judge-app-rubric v1).");

        driver.robot.clickOn(driver.robot.from(window).lookup("#judgeColumns").queryButton());
        waitUntil(() -> !window.getScene().getWindow().isShowing(), () -> "the judge window stayed open");
        Label task = driver.robot.lookup("#taskList .task-title").queryAs(Label.class);
        assertThat(task.getText()).isEqualTo("Judge 22 explanations with gemma2:9b");
        ProgressBar progress = driver.robot.lookup("#taskList .progress-bar").queryAs(ProgressBar.class);
        waitUntil(() -> progress.getProgress() >= 3.0 / 22, () -> "progress " + progress.getProgress());
        driver.robot.clickOn(driver.robot.lookup("#taskList .cancel-task").queryButton());
        Label message = driver.robot.lookup("#comparisonMessage").queryAs(Label.class);
        waitUntil(() -> message.getText().contains("Stopped"), message::getText);
        int stoppedAfter = modelLines().size();
        assertThat(stoppedAfter).isBetween(3, 21);
        assertThat(message.getText()).startsWith("Model judge gemma2:9b · judge-app-rubric v1: Stopped: ");

        driver.robot.clickOn("Judge").clickOn("Judge with a model…");
        waitUntil(() -> window.getScene().getWindow().isShowing(), () -> "the judge window did not come back");
        waitUntil(() -> plan.getText().contains("scored before"), plan::getText);
        assertThat(plan.getText()).isEqualTo("22 explanations in 2 columns: " + (22 - stoppedAfter) + " calls to"
                + " gemma2:9b (judge-app-rubric v1); " + stoppedAfter + " scored before by this judge are not asked"
                + " again.");
        driver.robot.clickOn(driver.robot.from(window).lookup("#judgeColumns").queryButton());
        waitUntil(() -> message.getText().contains("Done"), message::getText);
        assertThat(message.getText()).isEqualTo("Model judge gemma2:9b · judge-app-rubric v1: Done: "
                + (22 - stoppedAfter) + " judged now, " + stoppedAfter + " judged before.");

        List<String> lines = modelLines();
        assertThat(lines).hasSize(22);
        assertThat(lines.subList(0, 11)).containsOnly("Model judge gemma2:9b (judge-app-rubric v1): Relevance 4/5 ·"
                + " Specificity 4/5 · Persuasiveness 3/5 · Faithfulness 5/5 — Names what the reader loved in the"
                + " history.");
        assertThat(lines.subList(11, 22)).containsOnly("Model judge gemma2:9b (judge-app-rubric v1): Relevance 4/5 ·"
                + " Specificity 2/5 · Persuasiveness 3/5 · Faithfulness 5/5 — Opens with filler before it says"
                + " anything.");
        // People's stars stay on their own line, untouched by the model's scores.
        assertThat(driver.robot.lookup(".rating-summary").queryAllAs(Label.class))
                .hasSize(22).allSatisfy(l -> assertThat(l.getText()).isEqualTo("Not rated"));
        AppDriver.screenshot(message.getScene(), "judge-comparison-cards.png");
    }

    @Test
    void aJudgeThatPrefersTheFirstPositionIsShownAsBiasedOnThePairwiseScreen() throws Exception {
        twoColumns(FakeOllama.start());

        driver.robot.clickOn("View").clickOn("Compare columns…");
        waitUntil(() -> driver.robot.lookup("#compareJudgePair").tryQuery().isPresent(), () -> "no compare window");
        Button judgePair = driver.robot.lookup("#compareJudgePair").queryButton();
        waitUntil(() -> !judgePair.isDisabled(), () -> "no pair chosen");
        driver.robot.clickOn(judgePair);
        waitUntil(() -> driver.robot.lookup("#pairwiseJudge").tryQuery().isPresent(), () -> "no pairwise window");
        Parent window = driver.robot.lookup("#pairwiseJudge").queryAs(Parent.class);
        ComboBox<?> first = driver.robot.from(window).lookup("#pairFirst").queryComboBox();
        ComboBox<?> second = driver.robot.from(window).lookup("#pairSecond").queryComboBox();
        assertThat(first.getValue().toString()).endsWith(LLAMA);
        assertThat(second.getValue().toString()).endsWith(QWEN);
        Label plan = label(window, "#pairPlan");
        assertThat(plan.getText()).isEqualTo("Pick the model that should judge.");
        pickJudge(window);
        assertThat(plan.getText()).isEqualTo("11 items both columns explain: 22 calls to gemma2:9b"
                + " (judge-pairwise v1), each pair asked with either explanation first; verdicts given before are"
                + " not asked again.");

        driver.robot.clickOn(driver.robot.from(window).lookup("#judgePairs").queryButton());
        Label status = label(window, "#pairStatus");
        waitUntil(() -> status.getText().contains("Done"), status::getText);
        assertThat(status.getText()).isEqualTo("Pairwise judge gemma2:9b · judge-pairwise v1: Done: 22 judged now,"
                + " 0 judged before.");

        assertThat(label(window, "#pairWins").getText()).matches("A \\(.* · llama3\\.2:3b\\) won 11 · B \\(.*"
                + " · qwen3:4b\\) won 11 · ties 0 · of 22 verdicts");
        Label bias = label(window, "#pairBias");
        assertThat(bias.getText()).isEqualTo("Position bias: the explanation shown first won 22 of 22 decisive"
                + " verdicts (100%, 95% interval 85–100%), +50 points from the 50% of a judge without position"
                + " bias — biased: this judge favours the first position.");
        assertThat(bias.getStyleClass()).contains("pair-biased");
        assertThat(label(window, "#pairConsistency").getText()).isEqualTo("Self-consistency: 0 of 11 pairs (0%)"
                + " kept the same winner when the order was swapped.");
        TableView<PairRow> pairs = driver.robot.from(window).lookup("#pairVerdicts").queryTableView();
        assertThat(pairs.getItems()).hasSize(11).allSatisfy(row -> {
            assertThat(row.firstShown()).isEqualTo("A");
            assertThat(row.secondShown()).isEqualTo("B");
            assertThat(row.swap()).isEqualTo("changed");
        });
        AppDriver.screenshot(window.getScene(), "pairwise-judge.png");
    }

    private void pickJudge(Parent window) {
        ComboBox<String> model = driver.robot.from(window).lookup("#judgeModel").queryComboBox();
        waitUntil(() -> model.getItems().contains(JUDGE), () -> "models " + model.getItems());
        driver.robot.interact(() -> model.setValue(JUDGE));
    }

    private Label label(Parent window, String id) {
        return driver.robot.from(window).lookup(id).queryAs(Label.class);
    }

    /** The model judges' lines shown on the cards, left column first. */
    private List<String> modelLines() {
        return driver.robot.lookup(".model-judge-line").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }
}
