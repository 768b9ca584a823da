package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llm4rec.explorer.fake.DemoAnswers;
import org.llm4rec.explorer.fake.FakeOllama;
import org.testfx.api.FxToolkit;
import org.testfx.api.FxToolkitContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long session in the real window: fifty result columns opened, run and closed again. Closing a column must
 * let it go with its runs; before, each one stayed in memory until the app closed.
 */
class ClosedColumnsAppTest {
    private static final String MODEL = "llama3.2:3b";
    private static final int COLUMNS = 50;
    /** Collections asked for before a column still held is called a leak (one usually suffices). */
    private static final int GC_ROUNDS = 20;

    @RegisterExtension
    final AppDriver driver = new AppDriver();

    @Test
    void fiftyColumnsRunAndClosedLeaveNoColumnViewModelReachable() throws Exception {
        driver.start(FakeOllama.start().reply(MODEL, DemoAnswers.fantasy()));
        driver.chooseProfile("Fantasy reader");
        driver.chooseModel(MODEL);
        Button add = driver.robot.lookup("#addColumn").queryButton();
        for (int i = 0; i < COLUMNS; i++) {
            driver.robot.interact(add::fire);
        }
        assertThat(columns()).hasSize(COLUMNS);
        Spinner<Integer> atOnce = driver.robot.lookup("#concurrency").query();
        driver.robot.interact(() -> atOnce.getValueFactory().setValue(8));
        driver.robot.clickOn("#runAll");
        // Looked at on the FX thread: the cards are rebuilt there while answers arrive.
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> columns().stream()
                .allMatch(column -> !column.lookupAll(".recommendation-card").isEmpty())).get());

        List<WeakReference<Object>> closed = closeAll();
        assertThat(columns()).isEmpty();

        assertThat(stillReachable(closed)).as("closed columns still in memory").isZero();
    }

    /**
     * Closes every column with its ✕ and keeps only weak references to their view models: a separate method, so
     * that no local variable of the test still holds one.
     */
    private List<WeakReference<Object>> closeAll() {
        List<WeakReference<Object>> closed = new ArrayList<>();
        for (Node column : columns()) {
            assertThat(column.getUserData()).as("each column shows its view model").isNotNull();
            closed.add(new WeakReference<>(column.getUserData()));
            Button remove = driver.robot.from(column).lookup("#removeColumn").queryButton();
            driver.robot.interact(remove::fire);
        }
        return closed;
    }

    /** Collects garbage a few times and counts the columns something still holds. */
    private static long stillReachable(List<WeakReference<Object>> closed) throws InterruptedException {
        // TestFX keeps every event fired in its stage (the ✕ presses among them); registering the stage again
        // starts a fresh record.
        FxToolkitContext toolkit = FxToolkit.toolkitContext();
        toolkit.setRegisteredStage(toolkit.getRegisteredStage());
        for (int round = 0; round < GC_ROUNDS && closed.stream().anyMatch(r -> r.get() != null); round++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
        return closed.stream().filter(r -> r.get() != null).count();
    }

    private List<Node> columns() {
        ScrollPane scroll = driver.robot.lookup("#resultsScroll").queryAs(ScrollPane.class);
        return List.copyOf(((HBox) scroll.getContent()).getChildren());
    }
}
