package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.ui.present.PresentationViewModel;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode in the real window at projector size, driven by the keyboard alone once the runs are made. */
class PresentationModeAppTest {
    private static final String FIRST = "llama3.2:3b";
    private static final String SECOND = "qwen3:4b";

    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @Test
    void keysRevealColumnsInOrderToggleMetricsWalkThePromptAndLeave() throws Exception {
        driver.start(FakeOllama.start().reply(FIRST, DemoAnswers.fantasy()).reply(SECOND, DemoAnswers.fantasy()));
        Stage stage = (Stage) Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        driver.robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        driver.chooseProfile("Fantasy reader");
        runWith(FIRST, 1);
        runWith(SECOND, 2);
        Scene scene = stage.getScene();
        Node main = scene.getRoot();

        press(KeyCode.F5);
        assertThat(driver.robot.lookup("#presentation").query().isVisible()).isTrue();
        assertThat(progress()).isEqualTo("0 of 2 columns shown");
        assertThat(revealedModels()).isEmpty();
        assertThat(driver.robot.lookup(".present-hidden").queryAll()).hasSize(2);

        press(KeyCode.RIGHT);
        assertThat(revealedModels()).containsExactly(FIRST);
        press(KeyCode.SPACE);
        assertThat(revealedModels()).containsExactly(FIRST, SECOND);
        assertThat(progress()).isEqualTo("2 of 2 columns shown");
        press(KeyCode.LEFT);
        assertThat(revealedModels()).containsExactly(FIRST);
        press(KeyCode.R);
        assertThat(revealedModels()).containsExactly(FIRST, SECOND);
        assertThat(driver.robot.lookup(".present-item-title").queryAllAs(Label.class)).hasSize(22)
                .allSatisfy(label -> assertThat(label.getFont().getSize()).isGreaterThanOrEqualTo(20));

        assertThat(metricsShown()).isFalse();
        press(KeyCode.M);
        assertThat(metricsShown()).isTrue();
        assertThat(driver.robot.lookup("#presentMetrics").queryAs(Label.class).getText()).contains("in the catalogue");
        press(KeyCode.M);
        assertThat(metricsShown()).isFalse();

        List<String> steps = new java.util.ArrayList<>();
        Set<PromptPart> seen = EnumSet.noneOf(PromptPart.class);
        for (int step = 1; step <= 5; step++) {
            press(KeyCode.DOWN);
            String title = driver.robot.lookup("#promptStepTitle").queryAs(Label.class).getText();
            if (!steps.isEmpty() && title.equals(steps.get(steps.size() - 1))) {
                break;
            }
            steps.add(title);
            Set<PromptPart> shown = shownParts();
            assertThat(shown).containsAll(seen);
            assertThat(shown.size()).isGreaterThan(seen.size());
            seen.addAll(shown);
        }
        assertThat(driver.robot.lookup("#promptAnatomy").query().isVisible()).isTrue();
        assertThat(steps.get(0)).contains("1 of " + steps.size() + ": Instruction");
        assertThat(steps).anySatisfy(t -> assertThat(t).endsWith(": History"));
        assertThat(steps.get(steps.size() - 1)).endsWith(": Format");
        assertThat(seen).contains(PromptPart.INSTRUCTION, PromptPart.HISTORY, PromptPart.OUTPUT_FORMAT);
        for (int i = 0; i < steps.size(); i++) {
            press(KeyCode.UP);
        }
        assertThat(driver.robot.lookup("#promptAnatomy").query().isVisible()).isFalse();
        assertThat(revealedModels()).containsExactly(FIRST, SECOND);

        Bounds legend = driver.robot.lookup("#presentLegend").query().localToScene(
                driver.robot.lookup("#presentLegend").query().getBoundsInLocal());
        assertThat(legend.getMaxY()).isLessThanOrEqualTo(scene.getHeight() + 0.5);
        assertThat(legend.getMaxX()).isLessThanOrEqualTo(scene.getWidth() + 0.5);

        List<String> styleErrors = new java.util.ArrayList<>();
        Handler css = new Handler() {
            @Override
            public void publish(LogRecord record) {
                styleErrors.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("javafx.css").addHandler(css);
        try {
            press(KeyCode.ESCAPE);
        } finally {
            Logger.getLogger("javafx.css").removeHandler(css);
        }
        assertThat(styleErrors).as("leaving restyles nothing with the theme's colours missing").isEmpty();
        assertThat(scene.getRoot()).isSameAs(main);
        assertThat(driver.robot.lookup("#presentation").tryQuery()).isEmpty();
        assertThat(driver.shownRecommendations()).hasSize(22);
    }

    private void runWith(String model, int columns) throws TimeoutException {
        driver.chooseModel(model);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.robot.lookup(".run-message.success").queryAll().size() == columns,
                () -> driver.robot.lookup(".run-message").queryAllAs(Label.class).stream().map(Label::getText)
                        .toList().toString());
    }

    private void press(KeyCode key) {
        driver.robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String progress() {
        return driver.robot.lookup("#presentProgress").queryAs(Label.class).getText();
    }

    private List<String> revealedModels() {
        return driver.robot.lookup(".present-column").queryAll().stream()
                .filter(node -> node.getUserData() instanceof PresentationViewModel.Column)
                .map(node -> ((PresentationViewModel.Column) node.getUserData()).subtitle().split(" · ")[0])
                .toList();
    }

    private boolean metricsShown() {
        return driver.robot.lookup("#presentMetrics").queryAll().stream().allMatch(Node::isVisible)
                && !driver.robot.lookup("#presentMetrics").queryAll().isEmpty();
    }

    private Set<PromptPart> shownParts() {
        TextFlow text = driver.robot.lookup("#promptText").queryAs(TextFlow.class);
        Set<PromptPart> parts = EnumSet.noneOf(PromptPart.class);
        text.getChildren().forEach(node -> parts.add((PromptPart) ((Text) node).getUserData()));
        return parts;
    }
}
