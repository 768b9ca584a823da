package org.llm4rec.explorer.ui.welcome;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.ui.status.StatusViewModel;

/** The welcome shown while there are no results: what the app does, and what Ollama still needs. */
public final class WelcomeViewModel {
    /** A small chat model that runs on a laptop without a GPU. */
    public static final String SUGGESTED_MODEL = "llama3.2:3b";

    private final StringBinding ollamaAdvice;

    public WelcomeViewModel(StatusViewModel status, ObservableList<ModelInfo> models) {
        ollamaAdvice = Bindings.createStringBinding(() -> advice(status, models), status.stateProperty(),
                status.messageProperty(), models);
    }

    private static String advice(StatusViewModel status, ObservableList<ModelInfo> models) {
        return switch (status.stateProperty().get()) {
            case CHECKING -> "Checking whether Ollama is running…";
            case UNREACHABLE -> status.messageProperty().get() + "\n\nTo get real answers:\n"
                    + "1. Install Ollama from https://ollama.com/download\n"
                    + "2. Start it: ollama serve (the installers on Windows and macOS start it for you)\n"
                    + "3. Pull a small model: ollama pull " + SUGGESTED_MODEL + " (about 2 GB)\n"
                    + "The app notices within 15 seconds; everything else works without it.";
            case CONNECTED -> models.isEmpty()
                    ? status.messageProperty().get() + " is running but has no models yet. Pull one in a terminal:"
                            + " ollama pull " + SUGGESTED_MODEL
                    : status.messageProperty().get() + " is ready with " + models.size() + " model"
                            + (models.size() == 1 ? "" : "s") + ".";
        };
    }

    public StringBinding ollamaAdviceProperty() {
        return ollamaAdvice;
    }
}
