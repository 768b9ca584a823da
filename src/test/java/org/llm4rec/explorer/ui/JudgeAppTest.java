package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;

/** Rating explanations and blind A/B sessions in the real window, against the fake Ollama and a real store. */
class JudgeAppTest {
    private static final String LLAMA = "llama3.2:3b";
    private static final String QWEN = "qwen3:4b";

    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @Test
    void aRatingGivenFromACardIsShownOnItAndKeptWithTheRunAndTheRater() throws Exception {
        driver.start(FakeOllama.start().reply(LLAMA, DemoAnswers.fantasy()));
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(LLAMA);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> !driver.shownRecommendations().isEmpty());

        driver.robot.clickOn(driver.reveal(driver.robot.lookup(".rate-button").queryButton()));
        AppDriver.waitUntil(() -> driver.robot.lookup("#ratingDialog").tryQuery().isPresent());
        // The first row has the focus: keys alone fill the rubric.
        driver.robot.type(KeyCode.DIGIT4).type(KeyCode.TAB).type(KeyCode.DIGIT5).type(KeyCode.TAB)
                .type(KeyCode.DIGIT2).type(KeyCode.RIGHT).type(KeyCode.TAB).type(KeyCode.DIGIT2);
        driver.robot.clickOn("#ratingRater").write("Ada");
        driver.robot.clickOn("#ratingNote").write("Cites Locke Lamora, which is not in the history");
        driver.robot.clickOn("#saveRating");

        Label summary = firstSummary();
        AppDriver.waitUntil(() -> summary.getText().startsWith("★"), summary::getText);
        assertThat(summary.getText()).isEqualTo("★ 3.5 · R4 S5 P3 F2 · Ada");
        assertThat(driver.robot.lookup("#ratingDialog").tryQuery()).isEmpty();

        driver.restart();
        ListView<RunRecord> history = driver.robot.lookup("#runHistory").queryListView();
        AppDriver.waitUntil(() -> history.getItems().size() == 1);
        driver.reopenNewestRun();
        AppDriver.waitUntil(() -> !driver.shownRecommendations().isEmpty());
        Label again = firstSummary();
        AppDriver.waitUntil(() -> again.getText().startsWith("★"), again::getText);
        assertThat(again.getText()).isEqualTo("★ 3.5 · R4 S5 P3 F2 · Ada");

        driver.robot.clickOn("#openSettings");
        TextField rater = driver.robot.lookup("#settingsRater").queryAs(TextField.class);
        assertThat(rater.getText()).isEqualTo("Ada");
    }

    @Test
    void blindSessionsHideTheSourcesUntilTheEndAndReShowTheConfiguredShareSwapped() throws Exception {
        driver.start(FakeOllama.start().reply(LLAMA, DemoAnswers.fantasy())
                .reply(QWEN, DemoAnswers.fantasy().replace("\"explanation\": \"", "\"explanation\": \"In short: ")));
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(LLAMA);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.shownRecommendations().size() == 11);
        driver.chooseModel(QWEN);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.shownRecommendations().size() == 22);
        List<String> secrets = new ArrayList<>(List.of(LLAMA, QWEN));
        driver.robot.lookup(".run-column .column-title").queryAllAs(Label.class).forEach(l -> secrets.add(l.getText()));
        driver.robot.lookup(".run-column .muted").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.contains(" · ")).forEach(secrets::add);

        driver.robot.clickOn("Judge").clickOn("Blind A/B…");
        AppDriver.waitUntil(() -> driver.robot.lookup("#blindStart").tryQuery().isPresent());
        driver.robot.clickOn("#blindRater").write("Ada");
        Slider swap = driver.robot.lookup("#blindSwapShare").queryAs(Slider.class);
        driver.robot.interact(() -> swap.setValue(0.5));
        TextField seed = driver.robot.lookup("#blindSeed").queryAs(TextField.class);
        driver.robot.interact(() -> seed.setText("7"));
        driver.robot.clickOn("#blindStart");
        Label progress = driver.robot.lookup("#blindProgress").queryAs(Label.class);
        AppDriver.waitUntil(() -> progress.getText().startsWith("Pair 1 of"), progress::getText);
        // 11 items both lists explain, plus the lists themselves: 12 pairs, half of them re-shown swapped.
        assertThat(progress.getText()).isEqualTo("Pair 1 of 18");

        Parent window = driver.robot.lookup("#blindAb").queryAs(Parent.class);
        Map<String, String[]> firstShowing = new HashMap<>();
        int reShows = 0;
        for (int pair = 1; pair <= 18; pair++) {
            assertThat(progress.getText()).isEqualTo("Pair " + pair + " of 18");
            List<String> shown = texts(window);
            for (String secret : secrets) {
                assertThat(shown).noneMatch(text -> text.contains(secret));
            }
            String question = label("#blindQuestion");
            String[] sides = {label("#blindLeft"), label("#blindRight")};
            assertThat(sides[0]).isNotEqualTo(sides[1]);
            String[] before = firstShowing.putIfAbsent(question, sides);
            if (before != null) {
                reShows++;
                assertThat(sides[0]).isEqualTo(before[1]);
                assertThat(sides[1]).isEqualTo(before[0]);
            }
            driver.robot.type(pair % 2 == 0 ? KeyCode.A : KeyCode.DIGIT1);
        }
        assertThat(reShows).isEqualTo(6);

        TableView<?> reveals = driver.robot.lookup("#blindReveals").queryAs(TableView.class);
        AppDriver.waitUntil(() -> reveals.getItems().size() == 18);
        assertThat(texts(window)).anyMatch(t -> t.contains(LLAMA)).anyMatch(t -> t.contains(QWEN));
        assertThat(label("#positionBias")).contains("left side won 18 of 18 decisive votes")
                .contains("kept the same winner in 0 of 6 pairs");

        driver.robot.clickOn("#openLeaderboard");
        AppDriver.waitUntil(() -> driver.robot.lookup("#leaderboardTable").queryAll().size() == 2);
        TableView<?> all = driver.robot.lookup("#leaderboardTable").queryAll().stream()
                .map(n -> (TableView<?>) n).filter(t -> t.getScene() != window.getScene()).findFirst().orElseThrow();
        AppDriver.waitUntil(() -> all.getItems().size() == 2);
    }

    private Label firstSummary() {
        return driver.robot.lookup(".rating-summary").queryAllAs(Label.class).iterator().next();
    }

    private String label(String id) {
        return driver.robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** Every text the window shows: labels, buttons, cells and fields. */
    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (!node.isVisible()) {
            return out;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            out.add(input.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }
}
