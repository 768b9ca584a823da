package org.llm4rec.explorer.ui.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The progress of one experiment run: overall and per configuration, the time left, and which of pause, resume
 * and cancel make sense now. The estimate counts only work done in this session and time spent running, so a
 * resumed run or a long pause does not distort it.
 */
public final class RunProgressViewModel {
    /** Where a run is. */
    public enum State { IDLE, RUNNING, PAUSED, CANCELLING, STOPPED, FINISHED, FAILED }

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final LongSupplier nanoTime;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final DoubleProperty overall = new SimpleDoubleProperty();
    private final StringProperty overallText = new SimpleStringProperty("");
    private final StringProperty eta = new SimpleStringProperty("");
    private final ObservableList<ConfigurationRow> configurations = FXCollections.observableArrayList();
    private final Map<String, ConfigurationRow> byKey = new LinkedHashMap<>();
    private final BooleanBinding canPause = Bindings.createBooleanBinding(() -> state.get() == State.RUNNING, state);
    private final BooleanBinding canResume = Bindings.createBooleanBinding(
            () -> state.get() == State.PAUSED, state);
    private final BooleanBinding canCancel = Bindings.createBooleanBinding(
            () -> state.get() == State.RUNNING || state.get() == State.PAUSED, state);
    private final BooleanBinding active = Bindings.createBooleanBinding(
            () -> state.get() == State.RUNNING || state.get() == State.PAUSED || state.get() == State.CANCELLING,
            state);
    private int doneAtStart;
    private long runningNanos;
    private long since;

    public RunProgressViewModel(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * A run starts or resumes.
     *
     * @param modelRunsBefore results of model configurations stored by earlier sessions of this run
     */
    public void started(int modelRunsBefore) {
        byKey.clear();
        configurations.clear();
        doneAtStart = modelRunsBefore;
        runningNanos = 0;
        since = nanoTime.getAsLong();
        state.set(State.RUNNING);
        refresh();
    }

    /**
     * One configuration has come this far.
     *
     * @param key      the configuration's key
     * @param label    its name as shown
     * @param baseline true for a baseline, which is instant and so left out of the time estimate
     */
    public void progressed(String key, String label, boolean baseline, int done, int total) {
        ConfigurationRow row = byKey.get(key);
        if (row == null) {
            row = new ConfigurationRow(label, baseline, done, total);
            byKey.put(key, row);
            configurations.add(row);
        } else {
            row.update(done, total);
        }
        refresh();
    }

    public void paused() {
        if (state.get() == State.RUNNING) {
            runningNanos += nanoTime.getAsLong() - since;
            state.set(State.PAUSED);
            refresh();
        }
    }

    public void resumed() {
        if (state.get() == State.PAUSED) {
            since = nanoTime.getAsLong();
            state.set(State.RUNNING);
            refresh();
        }
    }

    /** Cancel was asked for; the run stops after the requests in flight. */
    public void cancelling() {
        if (canCancel.get()) {
            state.set(State.CANCELLING);
            refresh();
        }
    }

    /** The run ended: finished, stopped part-way (cancelled) or failed. */
    public void ended(State end, String message) {
        state.set(end);
        eta.set(message);
        overallText.set(done() + " of " + total() + " user runs" + (end == State.FINISHED ? "" : " done"));
    }

    private void refresh() {
        int done = done();
        int total = total();
        overall.set(total == 0 ? 0 : (double) done / total);
        overallText.set(done + " of " + total + " user runs");
        eta.set(switch (state.get()) {
            case RUNNING -> timeLeft(done, total);
            case PAUSED -> "Paused";
            case CANCELLING -> "Stopping after the requests in flight…";
            default -> eta.get();
        });
    }

    private String timeLeft(int done, int total) {
        int modelDone = sum(false, ConfigurationRow::done);
        int modelLeft = sum(false, ConfigurationRow::total) - modelDone;
        int doneHere = modelDone - doneAtStart;
        if (total == 0) {
            return "Drawing the users and splitting their histories…";
        }
        if (done >= total || modelLeft <= 0) {
            return "Finishing…";
        }
        if (doneHere <= 0) {
            return "Estimating the time left…";
        }
        long elapsed = runningNanos + nanoTime.getAsLong() - since;
        long seconds = Math.round((double) elapsed / doneHere * modelLeft / NANOS_PER_SECOND);
        return "About " + duration(seconds) + " left";
    }

    /** "40 s", "12 min", "1 h 20 min". */
    static String duration(long seconds) {
        if (seconds < 60) {
            return Math.max(1, seconds) + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }

    private int done() {
        return byKey.values().stream().mapToInt(ConfigurationRow::done).sum();
    }

    private int total() {
        return byKey.values().stream().mapToInt(ConfigurationRow::total).sum();
    }

    private int sum(boolean baselines, ToIntFunction<ConfigurationRow> count) {
        return byKey.values().stream().filter(row -> row.baseline() == baselines).mapToInt(count).sum();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyDoubleProperty overallProperty() {
        return overall;
    }

    public ReadOnlyStringProperty overallTextProperty() {
        return overallText;
    }

    public ReadOnlyStringProperty etaProperty() {
        return eta;
    }

    public ObservableList<ConfigurationRow> configurations() {
        return configurations;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    public BooleanBinding activeProperty() {
        return active;
    }
}
