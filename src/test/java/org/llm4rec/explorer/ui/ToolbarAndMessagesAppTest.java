package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.app.SampleData;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tool bar's one kind of save, the words the window shows as its state changes, and the keyboard shortcuts,
 * in the real window against the fake Ollama.
 */
class ToolbarAndMessagesAppTest {
    private static final String MODEL = "llama3.2:3b";

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
    void loadingAColumnSetOverUnsavedResultsAsksFirstAndTheToolbarSavesWithResults() throws Exception {
        startWithOneResult(FakeOllama.start());
        assertThat(driver.robot.lookup("#saveResults").queryButton().getTooltip().getText())
                .contains("with its results");
        assertThat(driver.robot.lookup("#openResults").queryButton().isVisible()).isTrue();

        driver.robot.clickOn("#columnSets");
        driver.robot.clickOn("Save these columns as a set (without results)…");
        driver.robot.clickOn("#columnSetName").write("One model");
        driver.robot.clickOn((Node n) -> n instanceof Button b && "OK".equals(b.getText()));
        AppDriver.waitUntil(() -> comparisonMessage().contains("Saved the column set \"One model\""),
                this::comparisonMessage);

        chooseColumnSet("One model");
        assertThat(driver.robot.lookup("#replaceResults").tryQuery()).as("asked before replacing").isPresent();
        driver.robot.clickOn((Node n) -> n instanceof Button b && "Cancel".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.shownRecommendations()).as("the results are still there").hasSize(11);

        chooseColumnSet("One model");
        driver.robot.clickOn((Node n) -> n instanceof Button b && "Replace them".equals(b.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(driver.robot.lookup(".run-column").queryAll()).hasSize(1);
        assertThat(driver.shownRecommendations()).isEmpty();
        assertThat(comparisonMessage()).contains("Loaded the column set \"One model\"");

        chooseColumnSet("One model");
        assertThat(driver.robot.lookup("#replaceResults").tryQuery()).as("nothing unsaved: no question").isEmpty();
    }

    @Test
    void wordsFollowTheStateTheWelcomeNamesTheDatasetAndTheOllamaMessageGoesWhenItIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ollama = FakeOllama.start(port).reply(MODEL, DemoAnswers.fantasy());
        driver.start(ollama.baseUrl());
        Label about = driver.robot.lookup("#welcomeAbout").queryAs(Label.class);
        AppDriver.waitUntil(() -> about.getText().contains(SampleData.DATASET_NAME), about::getText);
        assertThat(about.getText()).contains("You are working on").doesNotContain("already loaded");
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.shownRecommendations().size() == 11);

        ollama.close();
        ollama = null;
        driver.robot.clickOn("#checkOllama");
        AppDriver.waitUntil(() -> hint().contains("Ollama is not reachable"), this::status);
        driver.robot.clickOn("#runAll");
        AppDriver.waitUntil(() -> comparisonMessage().contains("Ollama is not reachable"), this::comparisonMessage);

        ollama = FakeOllama.start(port).reply(MODEL, DemoAnswers.fantasy());
        driver.robot.clickOn("#checkOllama");
        AppDriver.waitUntil(() -> !comparisonMessage().contains("not reachable"),
                () -> status() + " | " + comparisonMessage());
    }

    @Test
    void theShortcutListIsCompleteAndUncutAndCtrlPlusAndCtrlEqualsBothEnlargeText() throws Exception {
        ollama = FakeOllama.start();
        driver.start(ollama.baseUrl());
        Parent root = driver.robot.lookup("#menuBar").query().getScene().getRoot();
        List<KeyCombination> menuKeys = new ArrayList<>();
        for (Menu menu : driver.robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            collect(menu, menuKeys);
        }

        driver.robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = driver.robot.lookup("#shortcutList").query().lookupAll(".label").stream()
                .map(Label.class::cast).toList();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += 2) {
            keys.add(labels.get(i).getText());
        }
        assertThat(keys).contains("Ctrl+Shift+B", "Ctrl+E", "Ctrl+Plus (or Ctrl+=)");
        assertThat(labels).allSatisfy(label -> assertThat(((Text) label.lookup(".text")).getText())
                .as("shown whole, not cut to \"…\"").isEqualTo(label.getText()));
        for (KeyCombination menuKey : menuKeys) {
            assertThat(keys).as("the list names " + menuKey.getDisplayText())
                    .anySatisfy(listed -> assertThat(menuKey.match(press(listed))).isTrue());
        }
        driver.robot.clickOn((Node n) -> n instanceof Button b && "OK".equals(b.getText()));

        String normal = root.getStyle();
        driver.robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        WaitForAsyncUtils.waitForFxEvents();
        String afterPlus = root.getStyle();
        assertThat(afterPlus).as("Ctrl+Plus").isNotEqualTo(normal);
        driver.robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyle()).as("Ctrl+=").isNotEqualTo(afterPlus);
        driver.robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(root.getStyle()).isEqualTo(normal);
    }

    private void startWithOneResult(FakeOllama server) throws Exception {
        ollama = server.reply(MODEL, DemoAnswers.fantasy());
        driver.start(ollama.baseUrl());
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
        driver.robot.clickOn("#recommendButton");
        AppDriver.waitUntil(() -> driver.shownRecommendations().size() == 11);
    }

    private void chooseColumnSet(String name) {
        driver.robot.clickOn("#columnSets");
        driver.robot.clickOn((Node n) -> n.getStyleClass().contains("menu-item")
                && n.lookup(".label") instanceof Label l && l.getText().startsWith("Load \u201c" + name + "\u201d"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The key event a user makes by pressing what the list names, such as "Ctrl+Shift+B" or "Ctrl+Plus (or …)". */
    private static KeyEvent press(String listed) {
        String first = listed.split(" ")[0];
        KeyCodeCombination combination;
        try {
            combination = (KeyCodeCombination) KeyCombination.valueOf(first);
        } catch (IllegalArgumentException | ClassCastException e) {
            return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.UNDEFINED, false, false, false, false);
        }
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", combination.getCode(),
                combination.getShift() == KeyCombination.ModifierValue.DOWN,
                combination.getControl() == KeyCombination.ModifierValue.DOWN,
                combination.getAlt() == KeyCombination.ModifierValue.DOWN,
                combination.getMeta() == KeyCombination.ModifierValue.DOWN);
    }

    private static void collect(MenuItem item, List<KeyCombination> keys) {
        if (item.getAccelerator() != null) {
            keys.add(item.getAccelerator());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, keys));
        }
    }

    private String comparisonMessage() {
        return driver.robot.lookup("#comparisonMessage").queryAs(Label.class).getText();
    }

    private String hint() {
        return driver.robot.lookup("#recommendHint").queryAs(Label.class).getText();
    }

    private String status() {
        return driver.robot.lookup("#ollamaStatus").queryAs(Label.class).getText();
    }
}
