package org.llm4rec.explorer.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.llm4rec.explorer.boot.ExplorerApp;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless and drives its workflow the way a user does. */
final class AppDriver {
    final FxRobot robot = new FxRobot();
    private Application app;

    /** Readies the toolkit for {@link #start}, before each test. */
    static void registerStage() throws TimeoutException {
        // Starting the app installs the sample catalogue; on a machine shared with other builds that can take
        // longer than the default half minute.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        FxToolkit.registerPrimaryStage();
    }

    void start(Path dataDir, String ollamaUrl) throws Exception {
        start(dataDir, ollamaUrl, List.of());
    }

    /** Starts the app with more command-line arguments after the data folder and server. */
    void start(Path dataDir, String ollamaUrl, List<String> more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString(), "--ollama", ollamaUrl));
        args.addAll(more);
        app = FxToolkit.setupApplication(ExplorerApp.class, args.toArray(String[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    void chooseProfile(String name) throws TimeoutException {
        ComboBox<?> profiles = robot.lookup("#profileCombo").queryComboBox();
        waitUntil(() -> !profiles.getItems().isEmpty());
        robot.clickOn(reveal(profiles));
        robot.clickOn(name);
    }

    void chooseModel(String name) throws TimeoutException {
        ComboBox<?> models = robot.lookup("#modelCombo").queryComboBox();
        waitUntil(() -> models.getItems().stream().anyMatch(m -> m.toString().contains(name)));
        robot.clickOn(reveal(models));
        robot.clickOn((Node n) -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith(name));
        Button recommend = robot.lookup("#recommendButton").queryButton();
        waitUntil(() -> !recommend.isDisabled());
    }

    /** Cards of every column, left to right. */
    List<Recommendation> shownRecommendations() {
        return robot.lookup(".recommendation-card").queryAll().stream()
                .map(node -> (Recommendation) node.getUserData()).toList();
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits, and on time-out says what was shown instead. */
    static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> shown) {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out; the app showed: " + shown.get(), e);
        }
    }

    <T extends Node> T reveal(T node) {
        return Reveal.inSight(robot, node);
    }
}
