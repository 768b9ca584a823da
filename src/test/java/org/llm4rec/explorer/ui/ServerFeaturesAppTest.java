package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llm4rec.explorer.ui.AppDriver.waitUntil;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.RecordedRequest;

/** Failing models, pulling, the cache and the settings, through the real window against fake servers. */
class ServerFeaturesAppTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String BROKEN = "broken:1b";

    @RegisterExtension
    final AppDriver app = new AppDriver();

    @Test
    void aFailingModelsColumnSaysWhyAndTheNextColumnStillRuns() throws Exception {
        app.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy())
                .fault(BROKEN, FakeOllama.Fault.SERVER_ERROR_500));
        app.chooseProfile("Fantasy reader");

        app.chooseModel(BROKEN);
        app.robot.clickOn("#recommendButton");
        waitUntil(() -> messages().stream().anyMatch(m -> m.contains("llama runner process has terminated")));
        app.chooseModel(MODEL);
        app.robot.clickOn("#recommendButton");
        waitUntil(() -> !app.shownRecommendations().isEmpty());

        assertThat(messages()).anySatisfy(m -> assertThat(m)
                .isEqualTo("Ollama failed while running model '" + BROKEN
                        + "': llama runner process has terminated: exit status 2"));
        assertThat(app.shownRecommendations()).hasSize(11);
        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Stage).hasSize(1);
    }

    @Test
    void aRunOnAMissingModelOffersToPullItAndThePullShowsProgress() throws Exception {
        FakeOllama ollama = app.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy())
                .fault(MODEL, FakeOllama.Fault.NOT_FOUND_404).pullable(MODEL, 2_000_000_000L, 7_000L)
                .pullStepDelay(Duration.ofMillis(60)));
        app.chooseProfile("Fantasy reader");
        app.chooseModel(MODEL);
        app.robot.clickOn("#recommendButton");
        waitUntil(() -> pullOffer() != null);
        assertThat(messages()).anySatisfy(m -> assertThat(m).contains("is not installed"));

        app.robot.clickOn(pullOffer());

        waitUntil(() -> app.robot.lookup("#pullLayers").queryAll().size() == 1
                && !app.robot.lookup(".layer-progress").queryAll().isEmpty());
        assertThat(app.robot.lookup("#pullName").queryAs(TextField.class).getText()).isEqualTo(MODEL);
        waitUntil(() -> pullStatus().equals(MODEL + " is installed."));
        assertThat(app.robot.lookup(".layer-progress").queryAll()).hasSize(2);
        assertThat(ollama.requests("/api/pull")).singleElement()
                .satisfies(r -> assertThat(r.json().path("model").asText()).isEqualTo(MODEL));
        TableView<?> installed = app.robot.lookup("#installedModels").queryTableView();
        waitUntil(() -> !installed.getItems().isEmpty());
    }

    @Test
    void pullingAnUnknownNameSaysSoAndCancelStopsAPull() throws Exception {
        FakeOllama ollama = app.start(FakeOllama.start().reply(MODEL, "hi").pullable("big:70b", 40_000_000_000L)
                .pullStepDelay(Duration.ofMillis(500)));
        app.robot.clickOn("#openModels");
        waitUntil(() -> app.robot.lookup("#installedModels").queryTableView().getItems().size() == 1);

        app.robot.clickOn("#pullName").write("lama3.2:3b");
        app.robot.clickOn("#pullButton");
        waitUntil(() -> pullStatus().contains("could not find 'lama3.2:3b'"));

        app.robot.interact(() -> app.robot.lookup("#pullName").queryAs(TextField.class).setText("big:70b"));
        app.robot.clickOn("#pullButton");
        waitUntil(() -> !app.robot.lookup(".layer-progress").queryAll().isEmpty());
        app.robot.clickOn("#cancelPull");
        waitUntil(() -> pullStatus().equals("Pulling 'big:70b' was cancelled."));
        assertThat(ollama.requests("/api/pull").get(1).awaitClientDisconnect(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void theSameRunAgainIsCachedUnlessTheCacheIsBypassed() throws Exception {
        FakeOllama ollama = app.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()));
        app.chooseProfile("Fantasy reader");
        app.chooseModel(MODEL);

        app.robot.clickOn("#recommendButton");
        waitUntil(() -> app.shownRecommendations().size() == 11);
        app.robot.clickOn("#recommendButton");
        waitUntil(() -> app.shownRecommendations().size() == 22);
        assertThat(visibleCachedBadges()).isEqualTo(1);
        assertThat(ollama.requests("/api/chat")).hasSize(1);

        CheckBox bypass = app.robot.lookup("#bypassCache").queryAs(CheckBox.class);
        app.robot.interact(() -> bypass.setSelected(true));
        app.robot.clickOn("#recommendButton");
        waitUntil(() -> app.shownRecommendations().size() == 33);

        assertThat(ollama.requests("/api/chat")).hasSize(2);
        assertThat(visibleCachedBadges()).isEqualTo(1);
        RecordedRequest chat = ollama.requests("/api/chat").get(0);
        for (String option : List.of("temperature", "top_p", "top_k", "seed", "num_ctx", "num_predict",
                "repeat_penalty")) {
            assertThat(chat.json().path("options").has(option)).as(option).isTrue();
        }
        assertThat(chat.json().path("keep_alive").asInt()).isEqualTo(300);
    }

    @Test
    void newSettingsApplyWithoutARestartAndAreKept() throws Exception {
        FakeOllama other = app.serve(
                FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()).reply("qwen3:4b", DemoAnswers.fantasy()));
        FakeOllama ollama = app.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()));
        waitUntil(() -> statusText().contains(ollama.baseUrl()));

        app.robot.clickOn("#openSettings");
        TextField url = app.robot.lookup("#settingsBaseUrl").queryAs(TextField.class);
        app.robot.interact(() -> url.setText("ftp://nowhere"));
        app.robot.clickOn("#applySettings");
        waitUntil(() -> settingsMessage().contains("must start with http:// or https://"));
        app.robot.interact(() -> url.setText(other.baseUrl()));
        app.robot.clickOn("#applySettings");
        waitUntil(() -> settingsMessage().startsWith("Applied"));
        waitUntil(() -> statusText().contains(other.baseUrl()), this::statusText);
        app.chooseProfile("Fantasy reader");
        app.chooseModel("qwen3:4b");
        app.robot.clickOn("#recommendButton");
        waitUntil(() -> !app.shownRecommendations().isEmpty());

        assertThat(other.requests("/api/chat")).hasSize(1);
        assertThat(ollama.requests("/api/chat")).isEmpty();
        app.restart();
        waitUntil(() -> statusText().contains(other.baseUrl()));
    }

    private List<String> messages() {
        return app.robot.lookup(".run-message").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private Button pullOffer() {
        return app.robot.lookup(".pull-offer").queryAll().stream().filter(Node::isVisible)
                .map(Button.class::cast).findFirst().orElse(null);
    }

    private String pullStatus() {
        return app.robot.lookup("#pullStatus").queryAs(Label.class).getText();
    }

    private String statusText() {
        return app.robot.lookup("#ollamaStatus").queryAs(Label.class).getText();
    }

    private String settingsMessage() {
        return app.robot.lookup("#settingsMessage").queryAs(Label.class).getText();
    }

    private long visibleCachedBadges() {
        return app.robot.lookup(".badge-cached").queryAll().stream().filter(Node::isVisible).count();
    }
}
