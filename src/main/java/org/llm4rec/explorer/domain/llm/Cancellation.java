package org.llm4rec.explorer.domain.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cancel signal shared between whoever started work and whoever does it. */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        callbacks.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs the callback on cancel, or at once when already cancelled. */
    public void onCancel(Runnable callback) {
        callbacks.add(callback);
        if (cancelled) {
            callback.run();
        }
    }
}
