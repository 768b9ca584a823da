package org.llm4rec.explorer.ui.task;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;

/**
 * Every task the window runs in the background, in one place: each shows here while it runs, which is what the
 * status bar lists with its progress and Cancel. UI thread only.
 */
public final class TaskList {
    private final Background background;
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask> shown = FXCollections.unmodifiableObservableList(running);

    public TaskList(Background background) {
        this.background = background;
    }

    /** A task for one kind of work, run again each time the work is asked for; shown here while it runs. */
    public BackgroundTask create() {
        return new BackgroundTask(background, running);
    }

    /** The tasks under way, oldest first. */
    public ObservableList<BackgroundTask> running() {
        return shown;
    }

    /** For short work that needs no place in the list (reading the store, asking the server). */
    public Background background() {
        return background;
    }
}
