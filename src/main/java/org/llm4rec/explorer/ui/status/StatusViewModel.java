package org.llm4rec.explorer.ui.status;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.ServerStatus;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/** The model server's state as the status bar shows it, re-checked in the background. */
public final class StatusViewModel {
    /** What the indicator shows. */
    public enum State { CHECKING, CONNECTED, UNREACHABLE }

    private static final long RECHECK_SECONDS = 15;

    private final LlmClient llm;
    private final Background background;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.CHECKING);
    private final StringProperty message = new MessageProperty("Checking Ollama…");
    private final StringProperty serverVersion = new SimpleStringProperty();
    private final TaskList tasks;
    private Consumer<ServerStatus> onConnected = status -> { };

    public StatusViewModel(LlmClient llm, TaskList tasks) {
        this.llm = llm;
        this.background = tasks.background();
        this.tasks = tasks;
    }

    /** Called with the status each time the server is found reachable after it was not. */
    public void setOnConnected(Consumer<ServerStatus> onConnected) {
        this.onConnected = onConnected;
    }

    /** Checks now and then every few seconds, so that starting Ollama later is noticed. */
    public void start() {
        check();
        background.every(RECHECK_SECONDS, RECHECK_SECONDS, TimeUnit.SECONDS,
                () -> apply(llm.status()));
    }

    public void check() {
        background.run("Ollama status", llm::status, this::applyOnUi, error -> applyOnUi(
                new ServerStatus("", false, null, "Could not check Ollama: " + error.getMessage())));
    }

    private void apply(ServerStatus status) {
        background.ui().execute(() -> applyOnUi(status));
    }

    private void applyOnUi(ServerStatus status) {
        State previous = state.get();
        serverVersion.set(status.version());
        if (status.reachable()) {
            state.set(State.CONNECTED);
            message.set("Ollama " + status.version() + " at " + status.url());
            if (previous != State.CONNECTED) {
                onConnected.accept(status);
            }
        } else {
            state.set(State.UNREACHABLE);
            message.set(status.message());
        }
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty serverVersionProperty() {
        return serverVersion;
    }

    /** The long work under way anywhere in the window, each with its progress and Cancel. */
    public ObservableList<BackgroundTask> tasks() {
        return tasks.running();
    }
}
