package org.llm4rec.explorer.ui.tour;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/** Walks through one recommendation, one control at a time. */
public final class TourViewModel {
    /** No step is shown. */
    public static final int NOT_RUNNING = -1;

    private final List<TourStep> steps;
    private final IntegerProperty index = new SimpleIntegerProperty(NOT_RUNNING);
    private final ObjectBinding<TourStep> current;

    public TourViewModel(List<TourStep> steps) {
        this.steps = List.copyOf(steps);
        current = Bindings.createObjectBinding(
                () -> index.get() < 0 ? null : this.steps.get(index.get()), index);
    }

    /** The tour through the main path: data, profile, strategy, model, run, results. */
    public static TourViewModel mainPath() {
        return new TourViewModel(List.of(
                new TourStep("datasetCombo", "1. Data", "The dataset. The goodbooks-10k sample catalogue is "
                        + "loaded; the search box below finds any of its 10,000 books."),
                new TourStep("profileCombo", "2. Profile", "Whose recommendations? Pick a demo reader. The "
                        + "history below is what the model sees, oldest first; the book marked \"held out\" is "
                        + "hidden from it and used to score a hit."),
                new TourStep("strategyCombo", "3. Strategy", "How the model is asked. Zero-shot direct "
                        + "recommendation sends the history and asks for a list with reasons, as JSON."),
                new TourStep("modelCombo", "4. Model", "Which Ollama model answers. Temperature and seed "
                        + "below are sent with the request, so a run can be replayed."),
                new TourStep("recommendButton", "5. Recommend", "Press it (or Ctrl+Enter). The answer streams "
                        + "into a new column, then becomes a ranked list: each title matched to the catalogue "
                        + "or flagged \"not in catalogue\"; a hit on the held-out book is marked."),
                new TourStep("runHistory", "6. Compare and keep", "Every run is stored. Run again with another "
                        + "model or strategy to see the lists side by side; double-click an earlier run here to "
                        + "reopen it exactly as it was.")));
    }

    public void start() {
        index.set(0);
    }

    public void next() {
        index.set(index.get() + 1 < steps.size() ? index.get() + 1 : NOT_RUNNING);
    }

    public void back() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    public void end() {
        index.set(NOT_RUNNING);
    }

    public boolean isLast() {
        return index.get() == steps.size() - 1;
    }

    public int size() {
        return steps.size();
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public ObjectBinding<TourStep> currentProperty() {
        return current;
    }
}
