package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.boot.ExplorerApp;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless, against the fake Ollama over HTTP and a real SQLite file. */
class ExplorerAppTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dataDir;
    private FakeOllama ollama;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void registerStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        stopApp();
        FxToolkit.cleanupStages();
        if (ollama != null) {
            ollama.close();
        }
    }

    @Test
    void recommendStreamsAGroundedListWithExplanationsAndFlagsAnInventedTitle() throws Exception {
        ollama = FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()).model("qwen3:4b")
                .chunkDelay(MODEL, java.time.Duration.ofMillis(5));
        startApp(ollama.baseUrl());

        chooseProfile("Fantasy reader");
        chooseModel(MODEL);
        robot.clickOn("#recommendButton");

        List<Recommendation> items = waitForList();
        assertThat(items).hasSize(11);
        assertThat(items).filteredOn(r -> r.grounding().grounded()).hasSize(10)
                .allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(items).filteredOn(r -> r.flags().contains(Flag.NOT_IN_CATALOGUE))
                .singleElement().extracting(Recommendation::title).isEqualTo(DemoAnswers.INVENTED_FANTASY);
        assertThat(items).filteredOn(Recommendation::hit).extracting(Recommendation::title)
                .containsExactly("The Way of Kings");
        assertThat(robot.lookup(".badge-danger").queryAll()).map(n -> ((Label) n).getText())
                .contains("not in catalogue");

        var chat = ollama.requests().stream().filter(r -> r.path().equals("/api/chat")).findFirst().orElseThrow();
        assertThat(chat.json().path("model").asText()).isEqualTo(MODEL);
        assertThat(chat.json().path("options").path("seed").asInt()).isEqualTo(42);
        assertThat(chat.json().path("format").isObject()).isTrue();
    }

    @Test
    void ollamaDownShowsAClearStatusAndNoErrorDialog() throws Exception {
        String deadUrl = "http://127.0.0.1:" + unusedPort();
        startApp(deadUrl);

        FxWait.until(() -> robot.lookup("#ollamaStatus").queryAs(Label.class).getText().contains("not reachable"));
        String status = robot.lookup("#ollamaStatus").queryAs(Label.class).getText();
        assertThat(status).contains(deadUrl).contains("ollama serve");
        FxWait.until(() -> !robot.lookup("#profileCombo").queryComboBox().getItems().isEmpty());
        assertThat(robot.lookup("#recommendButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#recommendHint").queryAs(Label.class).getText()).contains("not reachable");
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void runsAreKeptAndReopenAfterARestart() throws Exception {
        ollama = FakeOllama.start().reply(MODEL, DemoAnswers.fantasy());
        startApp(ollama.baseUrl());
        chooseProfile("Fantasy reader");
        chooseModel(MODEL);
        robot.clickOn("#recommendButton");
        int shown = waitForList().size();

        stopApp();
        FxToolkit.cleanupStages();
        startApp(ollama.baseUrl());

        ListView<RunRecord> history = robot.lookup("#runHistory").queryListView();
        FxWait.until(() -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).profileName()).isEqualTo("Fantasy reader");
        robot.doubleClickOn(reveal(robot.lookup("#runHistory .list-cell").match((ListCell<?> c) -> !c.isEmpty())
                .queryAs(ListCell.class)));
        assertThat(waitForList()).hasSize(shown);
        assertThat(ollama.requests().stream().filter(r -> r.path().equals("/api/chat")).count()).isEqualTo(1);
    }

    private void startApp(String ollamaUrl) throws Exception {
        app = FxToolkit.setupApplication(ExplorerApp.class, "--data-dir", dataDir.toString(), "--ollama", ollamaUrl);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    private void chooseProfile(String name) throws TimeoutException {
        ComboBox<?> profiles = robot.lookup("#profileCombo").queryComboBox();
        FxWait.until(() -> !profiles.getItems().isEmpty());
        robot.clickOn(reveal(profiles));
        robot.clickOn(name);
        assertThat(robot.lookup("#profileHistory").queryListView().getItems()).isNotEmpty();
    }

    private void chooseModel(String name) throws TimeoutException {
        ComboBox<?> models = robot.lookup("#modelCombo").queryComboBox();
        FxWait.until(() -> !models.getItems().isEmpty());
        robot.clickOn(reveal(models));
        // Model cells also show the size ("llama3.2:3b  · 3B"), so match the start of the text.
        robot.clickOn((Node n) -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith(name));
        Button recommend = robot.lookup("#recommendButton").queryButton();
        FxWait.until(() -> !recommend.isDisabled());
    }

    /** The recommendations as the newest result column shows them, once it shows any. */
    private List<Recommendation> waitForList() throws TimeoutException {
        FxWait.until(() -> !shownRecommendations().isEmpty());
        return shownRecommendations();
    }

    private List<Recommendation> shownRecommendations() {
        return robot.lookup(".recommendation-card").queryAll().stream()
                .map(node -> (Recommendation) node.getUserData()).toList();
    }

    private static int unusedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private <T extends Node> T reveal(T node) {
        return Reveal.inSight(robot, node);
    }

    private Node reveal(String query) {
        return reveal(robot.lookup(query).<Node>query());
    }
}
