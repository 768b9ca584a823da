package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;

/** Two columns run in the real app against the fake Ollama, compared from the View menu. */
class CompareColumnsAppTest {
    private static final String LLAMA = "llama3.2:3b";
    private static final String QWEN = "qwen3:4b";

    @RegisterExtension
    final AppDriver app = new AppDriver();

    @Test
    void twoModelsThatReverseEachOtherAreComparedAcrossColumns() throws Exception {
        app.start(FakeOllama.start().replies(LLAMA, prompt -> DemoAnswers.forPrompt(prompt, false))
                .replies(QWEN, prompt -> DemoAnswers.forPrompt(prompt, true)));
        app.chooseProfile("Fantasy reader");
        app.chooseModel(LLAMA);
        app.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> app.shownRecommendations().size() == 11, () -> app.shownRecommendations().toString());

        app.robot.clickOn("View").clickOn("Compare columns…");
        AppDriver.waitUntil(() -> app.robot.lookup("#comparePlaceholder").tryQuery().isPresent(), () -> "no window");
        Node placeholder = app.robot.lookup("#comparePlaceholder").query();
        assertThat(placeholder.isVisible()).as("one column so far").isTrue();
        // Out of the way of the sidebar; the window keeps following the columns while hidden.
        app.robot.interact(() -> placeholder.getScene().getWindow().hide());

        app.chooseModel(QWEN);
        app.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> app.shownRecommendations().size() == 22, () -> app.shownRecommendations().toString());
        app.robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> placeholder.getScene().getWindow().isShowing() && !placeholder.isVisible(),
                () -> "the window did not come back with the second column");

        // The same ten grounded books (and the same invented one last), the ten in reverse order:
        // overlap@10 = 10/10, τ@10 = −1, RBO_ext = 0.51 (hand computation in CompareViewModelTest).
        assertThat(text("#overlap-0-1")).isEqualTo("1.00");
        assertThat(text("#tauValue")).isEqualTo("τ@10  -1.00");
        assertThat(text("#rboValue")).isEqualTo("RBO  0.51");
        assertThat(app.robot.lookup("#sharedByAll .shared-item").queryAll()).hasSize(10);
    }

    private String text(String query) {
        return app.robot.lookup(query).queryAs(Label.class).getText();
    }
}
