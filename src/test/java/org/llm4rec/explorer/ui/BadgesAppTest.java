package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.prompt.PromptLists;
import org.llm4rec.explorer.domain.prompt.ZeroShotDirectStrategy;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.ui.present.PresentationViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Badges say what the prompt really held, whichever way the column was run: Recommend, Run all with a ranking
 * column beside it, and presentation mode all show the same ones.
 */
class BadgesAppTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String RANKING = "Candidate ranking, sequential (LLMRank)";
    /** A model's answer that repeats a book the Fantasy reader's prompt listed, finds the target, invents one. */
    private static final String ANSWER = """
            {"recommendations": [
              {"title": "The Hobbit", "author": "J.R.R. Tolkien", "explanation": "You rated it 5 stars."},
              {"title": "The Way of Kings", "author": "Brandon Sanderson", "explanation": "Epic and long."},
              {"title": "Uprooted", "author": "Naomi Novik", "explanation": "A fairy-tale fantasy."},
              {"title": "The Lanterns of Vell Harrow", "author": "Mirela Aston", "explanation": "Lighthouse mages."}
            ]}""";

    private FakeOllama ollama;
    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @AfterEach
    void tearDown() throws Exception {
        if (ollama != null) {
            ollama.close();
        }
    }

    @Test
    void aZeroShotColumnRunByRunAllShowsTheBadgesRecommendShowedAndNoneAboutCandidates() throws Exception {
        ollama = FakeOllama.start().replies(MODEL, prompt -> DemoAnswers.forPrompt(prompt, false));
        driver.start(ollama.baseUrl());
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> successes() == 1, this::messages);
        List<List<String>> afterRecommend = badgesOfColumn(0);
        assertThat(afterRecommend).hasSize(11).noneSatisfy(b -> assertThat(b).contains("not in candidates"));

        ComboBox<?> strategies = driver.robot.lookup("#strategyCombo").queryComboBox();
        driver.robot.clickOn(driver.reveal(strategies));
        driver.robot.clickOn(RANKING);
        driver.robot.clickOn("#addColumn");
        AppDriver.waitUntil(() -> columns().size() == 2);
        driver.robot.clickOn("#runAll");
        AppDriver.waitUntil(() -> messages().contains("Ran 2 columns"), this::messages);
        AppDriver.waitUntil(() -> successes() == 2, this::messages);

        assertThat(badgesOfColumn(0)).as("the same badges as Recommend gave").isEqualTo(afterRecommend);
        try (Database db = Database.open(driver.dataDir().resolve("explorer.db"))) {
            List<RunRecord> stored = new SqliteRunRepository(db).recent(3);
            assertThat(stored).filteredOn(run -> run.strategyId().equals(ZeroShotDirectStrategy.ID)).hasSize(2)
                    .allSatisfy(run -> assertThat(run.recommendations()).as("stored as grounded, not only as shown")
                            .allSatisfy(item -> assertThat(item.flags()).doesNotContain(Flag.NOT_IN_CANDIDATES)));
        }
    }

    @Test
    void presentationModeKeepsTheHistoryBadgeAndSaysRatingsOnlyWhenThePromptShowsThem() throws Exception {
        ollama = FakeOllama.start().reply(MODEL, ANSWER);
        driver.start(ollama.baseUrl());
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> successes() == 1, this::messages);
        List<List<String>> inWindow = badgesOfColumn(0);
        assertThat(inWindow.get(0)).contains("already in history");
        assertThat(inWindow.get(1)).contains("hit: held-out target");

        press(KeyCode.F5);
        press(KeyCode.R);
        List<String> shown = driver.robot.lookup(".present-column").queryAll().stream()
                .filter(n -> n.getUserData() instanceof PresentationViewModel.Column)
                .flatMap(n -> driver.robot.from(n).lookup(".label").queryAllAs(Label.class).stream())
                .map(Label::getText).toList();
        assertThat(shown).contains("already in history", "hit: held-out target",
                "not in the catalogue: the model may have invented it");

        PresentationViewModel.Column column = (PresentationViewModel.Column) driver.robot.lookup(".present-column")
                .queryAll().stream().filter(n -> n.getUserData() instanceof PresentationViewModel.Column)
                .findFirst().orElseThrow().getUserData();
        boolean ratingsShown = PromptLists.showsRatings(column.run().prompt());
        assertThat(ratingsShown).as("the Fantasy reader's prompt lists ratings").isTrue();
        String history = column.anatomy().steps().stream().filter(s -> s.title().equals("History"))
                .findFirst().orElseThrow().explanation();
        assertThat(history).contains("with ratings");
        press(KeyCode.ESCAPE);
    }

    private long successes() {
        return driver.robot.lookup(".run-message.success").queryAll().size();
    }

    private String messages() {
        return driver.robot.lookup(".run-message").queryAllAs(Label.class).stream().map(Label::getText).toList()
                + " | " + driver.robot.lookup("#comparisonMessage").queryAll().stream()
                .map(n -> n instanceof Label l ? l.getText() : "").toList();
    }

    private List<Node> columns() {
        return List.copyOf(driver.robot.lookup(".run-column").queryAll());
    }

    /** The badge texts of each card of one column, top to bottom. */
    private List<List<String>> badgesOfColumn(int index) {
        WaitForAsyncUtils.waitForFxEvents();
        Node column = columns().get(index);
        return driver.robot.from(column).lookup(".recommendation-card").queryAll().stream()
                .map(card -> driver.robot.from(card).lookup(".badge").queryAllAs(Label.class).stream()
                        .map(Label::getText).toList())
                .toList();
    }

    private void press(KeyCode key) {
        driver.robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
