package org.llm4rec.explorer.app.experiment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.llm4rec.explorer.domain.llm.Cancellation;

/**
 * Pause, resume and cancel for a running experiment, from any thread. Pausing lets calls in flight finish and
 * starts no new ones; cancelling stops calls in flight (they are not stored, so a later resume redoes them).
 */
public final class ExperimentControl {
    private final Cancellation cancellation = new Cancellation();
    private final Object lock = new Object();
    private boolean paused;
    private final List<Consumer<Boolean>> pauseListeners = new CopyOnWriteArrayList<>();

    public void pause() {
        synchronized (lock) {
            paused = true;
        }
        pauseListeners.forEach(l -> l.accept(true));
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
        pauseListeners.forEach(l -> l.accept(false));
    }

    public void cancel() {
        cancellation.cancel();
        resume();
    }

    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    /** The cancel signal passed to model calls. */
    public Cancellation cancellation() {
        return cancellation;
    }

    /** Hears pause (true) and resume (false), for the progress shown. */
    void onPauseChange(Consumer<Boolean> listener) {
        pauseListeners.add(listener);
    }

    /** Blocks while paused; returns false when cancelled. */
    boolean awaitRunnable() throws InterruptedException {
        synchronized (lock) {
            while (paused && !cancellation.isCancelled()) {
                lock.wait();
            }
        }
        return !cancellation.isCancelled();
    }
}
