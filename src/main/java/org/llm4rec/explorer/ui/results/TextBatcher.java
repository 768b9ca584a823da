package org.llm4rec.explorer.ui.results;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Collects streamed text from a background thread and hands it to the UI in batches: at most one hand-over is
 * queued at a time, so a fast model costs a few UI updates per frame rather than one per token.
 */
final class TextBatcher {
    private final Executor ui;
    private final Consumer<String> sink;
    private final StringBuilder pending = new StringBuilder();
    private boolean flushQueued;

    TextBatcher(Executor ui, Consumer<String> sink) {
        this.ui = ui;
        this.sink = sink;
    }

    void append(String chunk) {
        boolean queue;
        synchronized (pending) {
            pending.append(chunk);
            queue = !flushQueued;
            flushQueued = true;
        }
        if (queue) {
            ui.execute(this::flush);
        }
    }

    /** Hands over what has arrived; runs on the UI executor. */
    void flush() {
        String text;
        synchronized (pending) {
            text = pending.toString();
            pending.setLength(0);
            flushQueued = false;
        }
        if (!text.isEmpty()) {
            sink.accept(text);
        }
    }
}
