package org.llm4rec.explorer.ui.welcome;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.ui.status.StatusViewModel;

/** The welcome shown while there are no results: what the app does on which dataset, and what Ollama still needs. */
public final class WelcomeViewModel {
    /** A small chat model that runs on a laptop without a GPU. */
    public static final String SUGGESTED_MODEL = "llama3.2:3b";

    private final StringBinding ollamaAdvice;
    private final StringBinding about;

    public WelcomeViewModel(StatusViewModel status, ObservableList<ModelInfo> models,
                            ObservableValue<Dataset> dataset) {
        ollamaAdvice = Bindings.createStringBinding(() -> advice(status, models), status.stateProperty(),
                status.messageProperty(), models);
        about = Bindings.createStringBinding(() -> about(dataset.getValue()), dataset);
    }

    /** What the app does, and which dataset it works on now. */
    private static String about(Dataset dataset) {
        String what = "See how a large language model recommends, and why. ";
        if (dataset == null) {
            return what + "The dataset is loading…";
        }
        return what + "You are working on " + dataset.name() + ": " + String.format(Locale.ROOT, "%,d",
                dataset.itemCount()) + " " + dataset.itemKind() + (dataset.itemCount() == 1 ? "" : "s")
                + ". Choose or import another dataset under Data.";
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

    public StringBinding aboutProperty() {
        return about;
    }

    public StringBinding ollamaAdviceProperty() {
        return ollamaAdvice;
    }
}
