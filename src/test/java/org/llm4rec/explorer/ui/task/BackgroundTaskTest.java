package org.llm4rec.explorer.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.app.Background;

/** A task on a real worker thread, with the UI thread played by a queue the test drains. */
class BackgroundTaskTest {
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final Background background = new Background(Executors.newSingleThreadExecutor(),
            Executors.newSingleThreadScheduledExecutor(), ui::add);
    private final TaskList tasks = new TaskList(background);

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void aRunIsListedUntilItEndsAndCancelReachesItsWork() throws Exception {
        BackgroundTask task = tasks.create();
        List<String> said = new ArrayList<>();
        task.onCancel(() -> said.add("Cancelling…"));
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>();

        task.run("Import ratings.csv", run -> {
            started.countDown();
            while (!run.isCancelled()) {
                Thread.sleep(5);
            }
            return "stopped at row 120,000";
        }, outcome::set, error -> outcome.set("failed"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(tasks.running()).containsExactly(task);
        assertThat(task.runningProperty().get()).isTrue();
        assertThat(task.run("Import again", run -> "", r -> { }, e -> { })).as("one run at a time").isFalse();
        task.cancel();
        ui.poll(5, TimeUnit.SECONDS).run();

        assertThat(said).containsExactly("Cancelling…");
        assertThat(outcome.get()).isEqualTo("stopped at row 120,000");
        assertThat(tasks.running()).isEmpty();
        assertThat(task.runningProperty().get()).isFalse();
    }

    @Test
    void anUpdateArrivingAfterTheRunEndedIsDropped() throws Exception {
        BackgroundTask task = tasks.create();
        AtomicReference<BackgroundTask.Run> kept = new AtomicReference<>();
        task.run("Pull llama3.2:3b", run -> {
            kept.set(run);
            return "installed";
        }, done -> task.messageProperty().set(done), error -> { });
        ui.poll(5, TimeUnit.SECONDS).run();

        kept.get().onUi(() -> task.messageProperty().set("pulling manifest"));
        ui.poll(5, TimeUnit.SECONDS).run();

        assertThat(task.messageProperty().get()).isEqualTo("installed");
    }

    @Test
    void workThatCannotStopOffersNoCancel() throws Exception {
        BackgroundTask task = tasks.create().notCancellable();
        CountDownLatch release = new CountDownLatch(1);
        task.run("Build blind A/B pairs", run -> release.await(5, TimeUnit.SECONDS), r -> { }, e -> { });

        assertThat(task.cancellableProperty().get()).isFalse();
        task.cancel();
        release.countDown();
        ui.poll(5, TimeUnit.SECONDS).run();

        assertThat(tasks.running()).isEmpty();
    }

    /** The status bar lists running tasks by title, and a title names a file that may hold anything. */
    @Test
    void aTitleNamingAHostileFileIsListedCutAndEscaped() throws Exception {
        BackgroundTask task = tasks.create();
        String file = "ratings\u001b]0;pwned\u0007.csv" + "x".repeat(1_000_000);

        task.run("Import " + file, run -> "", r -> { }, e -> { });
        ui.poll(5, TimeUnit.SECONDS).run();

        assertThat(task.titleProperty().get()).startsWith("Import ratings\\u001B]0;pwned\\u0007.csvxxx")
                .endsWith("x…").doesNotContain("\u001b").hasSizeLessThan(250);
    }
}
