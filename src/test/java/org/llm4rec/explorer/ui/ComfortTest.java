package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.boot.ExplorerApp;
import org.llm4rec.explorer.app.UiPreferencesStore;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** First run and everyday comfort, in the real window: welcome, tour, themes, text size, about, memory. */
class ComfortTest {
    @TempDir
    Path dataDir;
    private FakeOllama ollama;
    private Application app;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        ollama = FakeOllama.start();
        launch();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        ollama.close();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    @Test
    void welcomeTellsExactlyWhatOllamaStillNeeds() throws TimeoutException {
        // The fake runs but has no model yet: the welcome says which command pulls one.
        FxWait.until(() -> text("#welcomeOllama").contains("has no models yet"));
        assertThat(text("#welcomeOllama")).contains("ollama pull llama3.2:3b");

        ollama.close();
        robot.clickOn("#checkOllama");
        FxWait.until(() -> text("#welcomeOllama").contains("not reachable"));
        assertThat(text("#welcomeOllama")).contains("https://ollama.com/download").contains("ollama serve");
    }

    @Test
    void theTourWalksThroughOneRecommendation() throws TimeoutException {
        robot.clickOn("#takeTour");
        FxWait.until(() -> robot.lookup("#tourStep").tryQuery().isPresent());
        assertThat(robot.lookup("#tourStep .step-title").queryAs(Label.class).getText()).isEqualTo("1. Data");
        for (int step = 2; step <= 6; step++) {
            robot.clickOn("#tourNext");
            String expected = step + ".";
            FxWait.until(() -> robot.lookup("#tourStep .step-title").queryAs(Label.class).getText()
                    .startsWith(expected));
        }
        assertThat(robot.lookup("#tourNext").queryButton().getText()).isEqualTo("Done");
        robot.clickOn("#tourNext");
        FxWait.until(() -> robot.lookup("#tourStep").tryQuery().map(n -> !n.isVisible() || n.getScene() == null
                || !n.getScene().getWindow().isShowing()).orElse(true));
    }

    @Test
    void darkThemeAndTextSizeAreKeyboardDrivenAndRemembered() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".main-view").query().getStyle()).contains("-fx-font-size: 16.8px");

        // Quitting from the menu saves the window's state, and the next start restores it.
        robot.clickOn("File").clickOn("Quit");
        WaitForAsyncUtils.waitForFxEvents();
        var saved = new UiPreferencesStore(dataDir.resolve("window.json")).load();
        assertThat(saved.darkTheme()).isTrue();
        assertThat(saved.fontScale()).isEqualTo(1.2);
        assertThat(saved.lastProfileId()).isNotNull();

        FxToolkit.cleanupApplication(app);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        launch();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        assertThat(robot.lookup(".main-view").query().getStyle()).contains("-fx-font-size: 16.8px");
    }

    @Test
    void aboutNamesTheVersionTheLicencesAndTheDataAttribution() throws TimeoutException {
        robot.clickOn("Help").clickOn("#aboutMenu");
        FxWait.until(() -> robot.lookup("#aboutText").tryQuery().isPresent());
        String about = robot.lookup("#aboutText").queryAs(TextArea.class).getText();
        assertThat(about).contains("0.1.0").contains("goodbooks-10k").contains("CC BY-SA 4.0")
                .contains("Apache 2.0").contains("Ollama");
        robot.type(KeyCode.ESCAPE);
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(ExplorerApp.class, "--data-dir", dataDir.toString(), "--ollama",
                ollama.baseUrl());
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> !robot.lookup("#profileCombo").queryComboBox().getItems().isEmpty());
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

}
