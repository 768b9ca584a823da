package org.llm4rec.explorer.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way work leaves the UI thread: the work runs on a pool, its outcome is handed back through the UI
 * executor (the JavaFX thread in the app, the calling thread in tests). Keeping this in one place is what lets
 * the UI never block on I/O or the model.
 */
public final class Background implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final Executor ui;

    public Background(ExecutorService pool, ScheduledExecutorService timer, Executor ui) {
        this.pool = pool;
        this.timer = timer;
        this.ui = ui;
    }

    /** Runs work in the background; exactly one of the callbacks runs afterwards on the UI executor. */
    public <T> Future<?> run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return pool.submit(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                LOG.warn("{} failed", name, t);
                ui.execute(() -> onFailure.accept(t));
            }
        });
    }

    /** Runs work in the background every period, first after the initial delay. */
    public ScheduledFuture<?> every(long initialDelay, long period, TimeUnit unit, Runnable work) {
        return timer.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("periodic task failed", e);
            }
        }, initialDelay, period, unit);
    }

    /** The UI executor, for results produced by other callbacks (streamed text). */
    public Executor ui() {
        return ui;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pool.shutdownNow();
    }
}
