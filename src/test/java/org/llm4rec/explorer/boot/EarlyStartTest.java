package org.llm4rec.explorer.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The composition root built on its own thread while the toolkit starts, as {@link Launcher} does. */
class EarlyStartTest {
    @TempDir
    Path dir;
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void anUpdateFromAWorkerThatFinishesBeforeTheToolkitRunsIsDeliveredOnTheUiThreadAfterwards() throws Exception {
        CountDownLatch delivered = new CountDownLatch(1);
        AtomicBoolean onUiThread = new AtomicBoolean();
        AtomicReference<Thread> worker = new AtomicReference<>();
        EarlyStart.begin(List.of(), (args, ui) -> {
            worker.set(new Thread(() -> ui.execute(() -> {
                onUiThread.set(Platform.isFxApplicationThread());
                delivered.countDown();
            })));
            worker.get().start();
            return new EarlyStart.Parts(null, null, null, null, null);
        });
        FxWait.until(() -> worker.get() != null && worker.get().getState() != Thread.State.NEW
                && worker.get().getState() != Thread.State.RUNNABLE);

        // Platform.runLater refuses work before the toolkit runs: the update waits, and its worker with it.
        assertThat(worker.get().getState()).isEqualTo(Thread.State.WAITING);
        assertThat(delivered.getCount()).isEqualTo(1);
        EarlyStart.take(List.of());
        assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(onUiThread).isTrue();
    }

    @Test
    void aRootThatCannotBeBuiltIsReportedWithTheConfigurationItWasBuiltFor() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "not a folder");
        List<String> args = List.of("--data-dir", notAFolder.toString(), "--ollama", "http://127.0.0.1:9");
        EarlyStart.begin(args, (arguments, ui) -> EarlyStart.build(arguments, ui, config -> { }));

        EarlyStart.Parts parts = EarlyStart.take(args);

        assertThat(parts.failure()).isNotNull();
        assertThat(parts.context()).isNull();
        assertThat(parts.config().dataDir()).isEqualTo(notAFolder);
    }

    @Test
    void anErrorWhileBuildingFailsTheTakeInsteadOfLeavingTheAppWaiting() {
        EarlyStart.begin(List.of(), (args, ui) -> {
            throw new OutOfMemoryError("simulated");
        });

        assertThatThrownBy(() -> EarlyStart.take(List.of()))
                .isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("simulated");
    }

    @Test
    void theAppStartsFromThePartsBuiltEarly() throws Exception {
        List<String> args = List.of("--data-dir", dir.resolve("data").toString(), "--ollama", "http://127.0.0.1:9");
        AtomicBoolean builtEarly = new AtomicBoolean();
        EarlyStart.begin(args, (arguments, ui) -> {
            builtEarly.set(Thread.currentThread().getName().equals("llm4rec-early-start"));
            return EarlyStart.build(arguments, ui, config -> { });
        });

        app = FxToolkit.setupApplication(ExplorerApp.class, args.toArray(String[]::new));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(builtEarly).isTrue();
        Button recommend = new FxRobot().lookup("#recommendButton").queryButton();
        assertThat(recommend.getScene().getWindow().isShowing()).isTrue();
        // The sample catalogue installs in the background: let it finish before the store closes.
        ComboBox<?> datasets = new FxRobot().lookup("#datasetCombo").queryComboBox();
        FxWait.until(() -> !datasets.getItems().isEmpty());
    }
}
