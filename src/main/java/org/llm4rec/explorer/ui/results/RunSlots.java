package org.llm4rec.explorer.ui.results;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** Starts column runs, at most {@link #limitProperty()} at once; the others wait in order. UI thread only. */
final class RunSlots {
    static final int DEFAULT_LIMIT = 2;
    static final int MAX_LIMIT = 8;

    private final IntegerProperty limit = new SimpleIntegerProperty(DEFAULT_LIMIT);
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int busy;

    RunSlots() {
        limit.addListener((o, old, now) -> pump());
    }

    /** Starts the work when a slot is free; the work must call {@link #release()} when it ends. */
    void submit(Runnable start) {
        waiting.add(start);
        pump();
    }

    /** Takes back work that has not started; false when it already has. */
    boolean withdraw(Runnable start) {
        return waiting.remove(start);
    }

    void release() {
        busy = Math.max(0, busy - 1);
        pump();
    }

    private void pump() {
        while (busy < Math.max(1, limit.get()) && !waiting.isEmpty()) {
            busy++;
            waiting.poll().run();
        }
    }

    IntegerProperty limitProperty() {
        return limit;
    }
}
