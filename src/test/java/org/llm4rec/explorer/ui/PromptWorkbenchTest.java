package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Edits a strategy's template in the real window, watches the preview follow, runs it, finds the version kept. */
class PromptWorkbenchTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String ADDED = "Answer in plain words.";

    private FakeOllama ollama;
    @RegisterExtension
    final AppDriver driver = new AppDriver();
    private final FxRobot robot = driver.robot;

    @BeforeEach
    void start() throws Exception {
        ollama = driver.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()));
    }

    @Test
    void anEditedTemplateShowsInThePreviewAndItsSavedVersionIsRecordedOnTheRun() throws Exception {
        ComboBox<?> profiles = robot.lookup("#profileCombo").queryComboBox();
        FxWait.until(() -> !profiles.getItems().isEmpty());
        robot.clickOn(driver.reveal(profiles));
        robot.clickOn("Fantasy reader");
        robot.clickOn(driver.reveal("#strategyCombo"));
        robot.clickOn("Candidate ranking, sequential (LLMRank)");

        TextFlow preview = robot.lookup("#promptPreview").queryAs(TextFlow.class);
        FxWait.until(() -> text(preview).contains("candidate books that I could choose next"));
        assertThat(partsShown(preview)).contains(PromptPart.HISTORY, PromptPart.CANDIDATES,
                PromptPart.OUTPUT_FORMAT);
        assertThat(robot.lookup("#candidatesLabel").queryAs(Label.class).getText())
                .contains("includes the held-out target").contains("M=20").contains("seed 42");
        assertThat(robot.lookup("#tokenEstimate").queryAs(Label.class).getText()).contains("of num_ctx 8192");

        scrollTo("#editTemplateButton");
        robot.clickOn(driver.reveal("#editTemplateButton"));
        TextArea editor = robot.lookup("#templateEditor").queryAs(TextArea.class);
        FxWait.until(() -> editor.getText().contains("{{candidates}}"));
        robot.interact(() -> editor.positionCaret(editor.getText().length()));
        robot.clickOn(editor);
        robot.interact(() -> editor.end());
        robot.write("\n" + ADDED);
        TextFlow editorPreview = robot.lookup("#editorPreview").queryAs(TextFlow.class);
        FxWait.until(() -> text(editorPreview).endsWith(ADDED));
        assertThat(text(preview)).endsWith(ADDED);
        assertThat(robot.lookup("#editorMessage").queryAs(Label.class).getText()).contains("not saved");

        robot.clickOn("#versionName").write("Plain words");
        robot.clickOn("#saveTemplateButton");
        ComboBox<?> version = robot.lookup("#editorVersion").queryComboBox();
        FxWait.until(() -> version.getValue() != null && version.getValue().toString().contains("Plain words"));
        robot.clickOn("#closeTemplateButton");

        ComboBox<?> models = robot.lookup("#modelCombo").queryComboBox();
        FxWait.until(() -> !models.getItems().isEmpty());
        scrollTo("#modelCombo");
        robot.clickOn(driver.reveal(models));
        robot.clickOn((Node n) -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith(MODEL));
        Button recommend = robot.lookup("#recommendButton").queryButton();
        FxWait.until(() -> !recommend.isDisabled());
        robot.clickOn(recommend);
        scrollTo("#runHistory");

        ListView<RunRecord> history = robot.lookup("#runHistory").queryListView();
        FxWait.until(() -> history.getItems().size() == 1);
        RunRecord run = history.getItems().get(0);
        assertThat(run.strategyId()).isEqualTo("llmrank-sequential");
        assertThat(run.templateVersion()).isEqualTo(2);
        assertThat(run.prompt()).endsWith(ADDED).isEqualTo(text(preview));
        assertThat(run.candidates().includesTarget()).isTrue();
        var chat = ollama.requests().stream().filter(r -> r.path().equals("/api/chat")).reduce((a, b) -> b)
                .orElseThrow();
        var messages = chat.json().path("messages");
        assertThat(messages.get(messages.size() - 1).path("content").asText()).endsWith(ADDED);
    }

    /** Scrolls the workflow sidebar so that the node is in sight, as a user would. */
    private void scrollTo(String query) {
        ScrollPane workflow = robot.lookup("#workflowScroll").queryAs(ScrollPane.class);
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            double contentHeight = workflow.getContent().getBoundsInLocal().getHeight();
            double viewport = workflow.getViewportBounds().getHeight();
            double y = workflow.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            workflow.setVvalue(Math.max(0, Math.min(1, (y - 40) / Math.max(1, contentHeight - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(TextFlow flow) {
        StringBuilder out = new StringBuilder();
        flow.getChildren().forEach(n -> out.append(((Text) n).getText()));
        return out.toString();
    }

    private static java.util.List<Object> partsShown(TextFlow flow) {
        return flow.getChildren().stream().map(Node::getUserData).toList();
    }
}
