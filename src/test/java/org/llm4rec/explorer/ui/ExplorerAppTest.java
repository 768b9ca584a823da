package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.api.FxRobot;

/** Drives the real window, headless, against the fake Ollama over HTTP and a real SQLite file. */
class ExplorerAppTest {
    private static final String MODEL = "llama3.2:3b";

    @RegisterExtension
    final AppDriver driver = new AppDriver();
    private final FxRobot robot = driver.robot;

    @Test
    void recommendStreamsAGroundedListWithExplanationsAndFlagsAnInventedTitle() throws Exception {
        FakeOllama ollama = driver.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()).model("qwen3:4b")
                .chunkDelay(MODEL, java.time.Duration.ofMillis(5)));

        chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
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
        driver.start(deadUrl);

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
        FakeOllama ollama = driver.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()));
        chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
        robot.clickOn("#recommendButton");
        int shown = waitForList().size();

        driver.restart();

        ListView<RunRecord> history = robot.lookup("#runHistory").queryListView();
        FxWait.until(() -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).profileName()).isEqualTo("Fantasy reader");
        driver.reopenNewestRun();
        assertThat(waitForList()).hasSize(shown);
        assertThat(ollama.requests().stream().filter(r -> r.path().equals("/api/chat")).count()).isEqualTo(1);
    }

    private void chooseProfile(String name) throws TimeoutException {
        driver.chooseProfile(name);
        assertThat(robot.lookup("#profileHistory").queryListView().getItems()).isNotEmpty();
    }

    /** The recommendations as the newest result column shows them, once it shows any. */
    private List<Recommendation> waitForList() throws TimeoutException {
        FxWait.until(() -> !driver.shownRecommendations().isEmpty());
        return driver.shownRecommendations();
    }

    private static int unusedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
