package org.llm4rec.explorer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.GEMMA;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.LLAMA;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.QWEN;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.REPEATER;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Across-columns and Stability windows, driven headless, over columns run against the fake Ollama. */
class CompareViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private ComparisonFixture fixture;
    private CompareViewModel model;
    private final List<CompareViewModel.RepeatGroup> opened = new java.util.ArrayList<>();

    @BeforeEach
    void open() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        fixture = new ComparisonFixture(dir);
        robot.interact(() -> {
            // The app's theme defines the colour names the stylesheet uses.
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            model = new CompareViewModel(fixture.results.columns());
            Scene scene = new Scene(new CompareView(model, opened::add,
                    new JudgeActions(() -> { }, (a, b) -> { })), 1240, 780);
            scene.getStylesheets().add(CompareViewTest.class.getResource("/assets/compare.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void theMatrixPairAndDiffsFollowTheColumnsAndTheChoices() {
        assertThat(robot.lookup("#comparePlaceholder").query().isVisible()).isTrue();
        robot.interact(() -> fixture.run(LLAMA, 10, 42));
        assertThat(robot.lookup("#comparePlaceholder").query().isVisible()).as("one column is not enough").isTrue();
        robot.interact(() -> {
            fixture.run(QWEN, 10, 42);
            fixture.run(GEMMA, 5, 42);
        });
        assertThat(robot.lookup("#comparePlaceholder").query().isVisible()).isFalse();

        // k=10 by hand: A∩B = 10/10; A∩C = 3/10; Jaccard(C, A) = 3/12 (lower triangle).
        assertThat(text("#overlap-0-1")).isEqualTo("1.00");
        assertThat(text("#overlap-0-2")).isEqualTo("0.30");
        assertThat(text("#overlap-2-0")).isEqualTo("0.25");
        assertThat(text("#overlap-2-2")).as("the 5-item column against itself: the same, not 0.50").isEqualTo("—");
        // A vs B: the same ten reversed, τ = −1; RBO_ext = 0.5116 (see CompareViewModelTest).
        assertThat(text("#tauValue")).isEqualTo("τ@10  -1.00");
        assertThat(text("#rboValue")).isEqualTo("RBO  0.51");
        assertThat(sharedByAll()).containsExactly("The Way of Kings", "The Blade Itself", "Uprooted");

        robot.clickOn("#depth5");
        // k=5: A∩C = 3/5, Jaccard 3/7; A and B share nothing in their top 5: τ@5 = −10/14.
        assertThat(text("#overlap-0-2")).isEqualTo("0.60");
        assertThat(text("#overlap-2-0")).isEqualTo("0.43");
        assertThat(text("#overlap-0-1")).isEqualTo("0.00");
        assertThat(text("#tauValue")).isEqualTo("τ@5  -0.71");
        assertThat(robot.lookup("#sharedByAll .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("No item is in the top k of every column.");

        robot.clickOn("#depth10");
        robot.clickOn("#overlap-0-2");
        // A vs C at k=10: τ-b = 12/√(65·45) = 0.22, RBO_ext = 0.647.
        assertThat(text("#tauValue")).isEqualTo("τ@10  0.22");
        assertThat(text("#rboValue")).isEqualTo("RBO  0.65");
        assertThat(model.secondProperty().get().letter()).isEqualTo("C");

        // The prompts differ in the count: 10 struck through, 5 added, twice.
        assertThat(diff("#promptDiff", "diff-removed")).containsExactly("10", "10");
        assertThat(diff("#promptDiff", "diff-added")).containsExactly("5", "5");
        robot.clickOn("Explanations of one item: word diff");
        assertThat(diff("#explanationDiff", "diff-removed")).containsExactly("The Final Empire,");
        assertThat(diff("#explanationDiff", "diff-added")).containsExactly("Mistborn,");

        // The rank-shift chart marks the two books only C has as absent from A.
        assertThat(robot.lookup("#rankShiftChart .absent-mark").queryAllAs(Label.class)).extracting(Label::getText)
                .containsOnly("absent →", "← absent").filteredOn("← absent"::equals).hasSize(2);
        assertThat(robot.lookup("#rankShiftChart .shift-item-shared").queryAll()).as("3 shared, in both lists")
                .hasSize(6);

        robot.interact(() -> fixture.results.remove(fixture.results.columns().get(2)));
        assertThat(model.columns()).hasSize(2);
        assertThat(robot.lookup(".matrix-cell").queryAll()).as("a 2 × 2 matrix has two off-diagonal cells")
                .hasSize(2);
    }

    @Test
    void repeatsOpenAStabilityStripWithTheirFrequencies() throws Exception {
        robot.interact(() -> {
            fixture.run(REPEATER, 5, 42);
            fixture.run(REPEATER, 5, 43);
            fixture.run(REPEATER, 5, 44);
        });
        robot.clickOn("#openStability");
        assertThat(opened).hasSize(1);
        Stage stability = WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
        robot.interact(() -> {
            Scene scene = new Scene(new StabilityView(model.stability(opened.get(0))));
            scene.getStylesheets().add(CompareViewTest.class.getResource("/assets/compare.css").toExternalForm());
            stability.setScene(scene);
            stability.show();
        });
        // By hand: WoK 3/3, Blade 2/3, Uprooted 2/3, Dune 1/3, Rebecca 1/3 (see CompareViewModelTest).
        assertThat(robot.from(stability.getScene().getRoot()).lookup(".frequency-text").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("3/3  100%", "2/3  67%", "2/3  67%", "1/3  33%",
                        "1/3  33%");
        assertThat(robot.from(stability.getScene().getRoot()).lookup(".strip-present").queryAll()).hasSize(9);
        assertThat(robot.lookup("#explanationGroups").queryListView().getItems()).hasSize(2);
        robot.clickOn("Dune");
        assertThat(robot.lookup("#explanationGroups").queryListView().getItems()).extracting(Object::toString)
                .containsExactly("ExplanationCount[text=Desert., count=1]");

        robot.clickOn("#stabilityDepth1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(stability.getScene().getRoot()).lookup(".frequency-text").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("2/3  67%", "1/3  33%");
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<String> sharedByAll() {
        return robot.lookup("#sharedByAll .shared-item").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
    }

    private List<String> diff(String flow, String kind) {
        return robot.lookup(flow).queryAs(javafx.scene.text.TextFlow.class).getChildrenUnmodifiable().stream()
                .filter((Node n) -> n.getStyleClass().contains(kind)).map(n -> ((Text) n).getText().strip())
                .toList();
    }
}
