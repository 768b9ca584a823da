package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.app.port.ComparisonRunColumn;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteComparisonRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A three-column comparison in the real window against the fake Ollama over HTTP: one fast model, one slow, one
 * the server does not have (404); Run all, cancel the slow column, run it again alone.
 */
class ComparisonAppTest {
    private static final String FAST = "llama3.2:3b";
    private static final String SLOW = "qwen3:4b";
    private static final String MISSING = "missing-model:1b";
    private static final String RANKING = "Candidate ranking, sequential (LLMRank)";

    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @Test
    void runAllShowsTwoListsAndOneClearErrorAndASlowColumnCanBeCancelledAndRunAgainAlone() throws Exception {
        FakeOllama ollama = driver.start(FakeOllama.start()
                .replies(FAST, prompt -> DemoAnswers.forPrompt(prompt, false))
                .replies(SLOW, prompt -> DemoAnswers.forPrompt(prompt, true))
                .chunkDelay(SLOW, Duration.ofMillis(60)));
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(FAST);
        ComboBox<?> strategies = driver.robot.lookup("#strategyCombo").queryComboBox();
        driver.robot.clickOn(driver.reveal(strategies));
        driver.robot.clickOn(RANKING);

        for (int i = 0; i < 3; i++) {
            driver.robot.clickOn("#addColumn");
        }
        waitUntil(() -> columns().size() == 3);
        setModel(columns().get(1), SLOW);
        setModel(columns().get(2), MISSING);
        assertThat(text(columns().get(2), ".column-configuration")).contains("seed 42");

        driver.robot.clickOn("#runAll");
        Node slow = columns().get(1);
        waitUntil(() -> text(slow, ".run-message").startsWith("Streaming"), () -> text(slow, ".run-message"));
        driver.robot.clickOn(driver.reveal(lookup(slow, ".cancel-column")));
        waitUntil(() -> text(slow, ".run-message").toLowerCase().contains("cancel")
                && !lookup(slow, "#runColumn").isDisabled(), () -> text(slow, ".run-message"));
        waitUntil(() -> cards(columns().get(0)).size() == 11 && text(columns().get(2), ".run-message")
                .contains("not installed"), () -> text(columns().get(0), ".run-message") + " | "
                + text(columns().get(2), ".run-message"));
        assertThat(cards(slow)).as("the cancelled column shows no list").isEmpty();

        driver.robot.clickOn(driver.reveal(lookup(slow, "#runColumn")));
        waitUntil(() -> cards(slow).size() == 11, () -> text(slow, ".run-message"));

        assertThat(cards(columns().get(0))).extracting(Recommendation::title)
                .containsExactlyInAnyOrderElementsOf(cards(slow).stream().map(Recommendation::title).toList());
        assertThat(text(columns().get(2), ".run-message"))
                .contains("Model '" + MISSING + "' is not installed").contains("ollama pull " + MISSING);
        assertThat(lookup(columns().get(2), ".pull-offer").isVisible()).isTrue();
        assertThat(text(columns().get(0), ".metrics")).contains("first token").contains("total").contains("load")
                .contains("prompt tok").contains("output tok").contains("tok/s");
        assertThat(ollama.maxConcurrentChats()).as("at most two columns at once").isLessThanOrEqualTo(2);

        try (Database db = Database.open(driver.dataDir().resolve("explorer.db"))) {
            ComparisonRun comparison = new SqliteComparisonRepository(db).recentRuns(1).get(0);
            var runs = new SqliteRunRepository(db);
            List<RunRecord> stored = comparison.runs().stream().map(ComparisonRunColumn::runId)
                    .map(id -> runs.find(id).orElseThrow()).toList();
            assertThat(comparison.runs()).extracting(ComparisonRunColumn::columnIndex).containsExactly(0, 1, 2);
            assertThat(stored).extracting(RunRecord::status)
                    .containsExactly(RunStatus.COMPLETED, RunStatus.COMPLETED, RunStatus.FAILED);
            List<Item> candidates = stored.get(0).candidates().items();
            assertThat(candidates).isNotEmpty();
            assertThat(stored).allSatisfy(run -> assertThat(run.candidates().items()).isEqualTo(candidates));
        }
    }

    /** Waits longer than the driver does: three columns stream at once on a shared machine. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition,
                                  java.util.function.Supplier<String> shown) throws Exception {
        try {
            waitUntil(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out; the app showed: " + shown.get(), e);
        }
    }

    private void setModel(Node column, String model) throws Exception {
        driver.robot.clickOn(driver.reveal(lookup(column, "#editColumn")));
        ComboBox<?> name = driver.robot.from(column).lookup("#columnModel").queryComboBox();
        TextField field = name.getEditor();
        driver.robot.clickOn(field);
        driver.robot.push(KeyCode.CONTROL, KeyCode.A);
        driver.robot.write(model);
        driver.robot.clickOn(driver.reveal(lookup(column, "#columnApply")));
        waitUntil(() -> !lookup(column, ".column-editor").isVisible(), () -> text(column, ".column-configuration"));
    }

    private List<Node> columns() {
        ScrollPane scroll = driver.robot.lookup("#resultsScroll").queryAs(ScrollPane.class);
        return List.copyOf(((HBox) scroll.getContent()).getChildren());
    }

    private Node lookup(Node column, String query) {
        return driver.robot.from(column).lookup(query).query();
    }

    private String text(Node column, String query) {
        return ((Label) lookup(column, query)).getText();
    }

    private List<Recommendation> cards(Node column) {
        WaitForAsyncUtils.waitForFxEvents();
        return driver.robot.from(column).lookup(".recommendation-card").queryAll().stream()
                .map(node -> (Recommendation) node.getUserData()).toList();
    }
}
