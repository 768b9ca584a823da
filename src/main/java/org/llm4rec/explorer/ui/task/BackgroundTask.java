package org.llm4rec.explorer.ui.task;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.ui.MessageProperty;

/**
 * One kind of long work a view model runs in the background, one run at a time: its title, progress, message,
 * whether it runs and whether it can be cancelled now. While it runs it is listed in the {@link TaskList}, where
 * the status bar shows it with a Cancel button. The running flag, the progress fields and the cancel signal are
 * what each view model used to build for itself. UI thread only, except {@link Run}.
 */
public final class BackgroundTask {
    /** A progress value for "working, amount unknown", as progress bars take it. */
    public static final double INDETERMINATE = -1;

    /** The work of one run; it runs on a worker thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Run run) throws Exception;
    }

    private final Background background;
    private final List<BackgroundTask> list;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final StringProperty message = new MessageProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(INDETERMINATE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private Runnable onCancel = () -> { };
    private boolean canCancel = true;
    private Run current;

    BackgroundTask(Background background, List<BackgroundTask> list) {
        this.background = background;
        this.list = list;
    }

    /** What cancelling does besides signalling the work: e.g. saying "Cancelling…", or stopping a runner. */
    public BackgroundTask onCancel(Runnable onCancel) {
        this.onCancel = onCancel;
        return this;
    }

    /** For work that cannot stop part-way: its runs offer no Cancel. */
    public BackgroundTask notCancellable() {
        canCancel = false;
        return this;
    }

    /**
     * Starts a run unless one is under way; the message and progress stay as the caller set them before. Exactly
     * one of the callbacks runs afterwards on the UI thread, after the task has left the list.
     *
     * @return false when a run was under way already
     */
    public <T> boolean run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (current != null) {
            return false;
        }
        Run run = new Run();
        current = run;
        // Titles name what is worked on (a file, a model, an experiment), as the status bar lists them.
        this.title.set(EchoedText.safe(title));
        cancellable.set(canCancel);
        running.set(true);
        list.add(this);
        background.run(title, () -> work.call(run), result -> {
            end(run);
            onSuccess.accept(result);
        }, error -> {
            end(run);
            onFailure.accept(error);
        });
        return true;
    }

    private void end(Run run) {
        if (current == run) {
            current = null;
            running.set(false);
            cancellable.set(false);
            list.remove(this);
        }
    }

    /** Signals the running work to stop, when it can be stopped now. */
    public void cancel() {
        if (current != null && cancellable.get()) {
            current.cancellation.cancel();
            onCancel.run();
        }
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the run is doing now, in a few words. */
    public StringProperty messageProperty() {
        return message;
    }

    /** From 0 to 1, or {@link #INDETERMINATE}. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while running, until the work says the rest cannot be stopped (e.g. the final save). */
    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    /** One run of the task, as its work sees it on the worker thread. */
    public final class Run {
        private final Cancellation cancellation = new Cancellation();

        private Run() {
        }

        public boolean isCancelled() {
            return cancellation.isCancelled();
        }

        /** The cancel signal, for services that take one. */
        public Cancellation cancellation() {
            return cancellation;
        }

        /**
         * Runs the update on the UI thread, unless this run has ended meanwhile: a late progress report of a
         * finished or cancelled run must not overwrite what its end showed.
         */
        public void onUi(Runnable update) {
            background.ui().execute(() -> {
                if (current == this) {
                    update.run();
                }
            });
        }
    }
}
