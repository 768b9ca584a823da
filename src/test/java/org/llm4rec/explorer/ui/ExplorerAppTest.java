package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.ExplorerApp;
import org.llm4rec.explorer.domain.Recommendation;
import org.llm4rec.explorer.domain.RunRecord;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless, against the fake Ollama over HTTP and a real SQLite file. */
class ExplorerAppTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String INVENTED = "The Lanterns of Vell Harrow";

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
        ollama = FakeOllama.start().reply(MODEL, fantasyAnswer()).model("qwen3:4b")
                .chunkDelay(MODEL, java.time.Duration.ofMillis(5));
        startApp(ollama.baseUrl());

        chooseProfile("Fantasy reader");
        chooseModel(MODEL);
        robot.clickOn("#recommendButton");

        ListView<Recommendation> list = waitForList();
        List<Recommendation> items = List.copyOf(list.getItems());
        assertThat(items).hasSize(11);
        assertThat(items).filteredOn(r -> r.grounding().grounded()).hasSize(10)
                .allSatisfy(r -> assertThat(r.explanation()).isNotBlank());
        assertThat(items).filteredOn(r -> r.flags().contains(Flag.NOT_IN_CATALOGUE))
                .singleElement().extracting(Recommendation::title).isEqualTo(INVENTED);
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

        waitUntil(() -> robot.lookup("#ollamaStatus").queryAs(Label.class).getText().contains("not reachable"));
        String status = robot.lookup("#ollamaStatus").queryAs(Label.class).getText();
        assertThat(status).contains(deadUrl).contains("ollama serve");
        waitUntil(() -> !robot.lookup("#profileCombo").queryComboBox().getItems().isEmpty());
        assertThat(robot.lookup("#recommendButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#recommendHint").queryAs(Label.class).getText()).contains("not reachable");
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void runsAreKeptAndReopenAfterARestart() throws Exception {
        ollama = FakeOllama.start().reply(MODEL, fantasyAnswer());
        startApp(ollama.baseUrl());
        chooseProfile("Fantasy reader");
        chooseModel(MODEL);
        robot.clickOn("#recommendButton");
        int shown = waitForList().getItems().size();

        stopApp();
        FxToolkit.cleanupStages();
        startApp(ollama.baseUrl());

        ListView<RunRecord> history = robot.lookup("#runHistory").queryListView();
        waitUntil(() -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).profileName()).isEqualTo("Fantasy reader");
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.doubleClickOn("#runHistory .list-cell");
        assertThat(waitForList().getItems()).hasSize(shown);
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
        waitUntil(() -> !profiles.getItems().isEmpty());
        robot.clickOn(profiles);
        robot.clickOn(name);
        assertThat(robot.lookup("#profileHistory").queryListView().getItems()).isNotEmpty();
    }

    private void chooseModel(String name) throws TimeoutException {
        ComboBox<?> models = robot.lookup("#modelCombo").queryComboBox();
        waitUntil(() -> !models.getItems().isEmpty());
        robot.clickOn(models);
        robot.clickOn(name);
        Button recommend = robot.lookup("#recommendButton").queryButton();
        waitUntil(() -> !recommend.isDisabled());
    }

    @SuppressWarnings("unchecked")
    private ListView<Recommendation> waitForList() throws TimeoutException {
        waitUntil(() -> robot.lookup(".recommendation-list").queryAll().stream()
                .anyMatch(n -> !((ListView<?>) n).getItems().isEmpty()));
        Node list = robot.lookup(".recommendation-list").queryAll().stream()
                .filter(n -> !((ListView<?>) n).getItems().isEmpty()).findFirst().orElseThrow();
        return (ListView<Recommendation>) list;
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int unusedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Ten real catalogue books and one invented title, the way a chatty model answers. */
    static String fantasyAnswer() {
        return """
                {"recommendations":[
                 {"title":"The Way of Kings","author":"Brandon Sanderson","explanation":"A vast epic from the author of The Final Empire, which you rated 5 stars."},
                 {"title":"The Blade Itself","author":"Joe Abercrombie","explanation":"Gritty, funny epic fantasy for a reader who liked A Game of Thrones."},
                 {"title":"Gardens of the Moon","author":"Steven Erikson","explanation":"A sprawling military epic with deep world building, like Tolkien's."},
                 {"title":"Uprooted","author":"Naomi Novik","explanation":"A fairy-tale fantasy told with the warmth of A Wizard of Earthsea."},
                 {"title":"Jonathan Strange and Mr. Norrell","author":"Susanna Clarke","explanation":"Magic returns to England in a long, witty novel for a patient reader."},
                 {"title":"The Eye of the World","author":"Robert Jordan","explanation":"A classic quest that echoes the journey of The Fellowship of the Ring."},
                 {"title":"American Gods","author":"Neil Gaiman","explanation":"Myth meets modern America, darker than your usual picks."},
                 {"title":"The Last Wish","author":"Andrzej Sapkowski","explanation":"Short tales of a monster hunter with dark humour, like Locke Lamora's."},
                 {"title":"The Night Circus","author":"Erin Morgenstern","explanation":"Lyrical magic and rivalry for a reader of The Name of the Wind."},
                 {"title":"The Lions of Al-Rassan","author":"Guy Gavriel Kay","explanation":"Historical fantasy with political depth."},
                 {"title":"%s","author":"Mirela Aston","explanation":"A sweeping tale of lighthouse mages."}
                ]}""".formatted(INVENTED);
    }
}
