package org.llm4rec.explorer.ui.history;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RunRepository;
import org.llm4rec.explorer.domain.RunRecord;
import org.llm4rec.explorer.ui.results.ResultsViewModel;

/** Earlier runs, newest first; any of them opens into the results as it was, without running again. */
public final class HistoryViewModel {
    private static final int SHOWN = 50;

    private final RunRepository runs;
    private final Background background;
    private final ResultsViewModel results;
    private final Function<String, String> strategyName;
    private final ObservableList<RunRecord> recent = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param strategyName display name of a strategy id (ids of strategies no longer built in show as they are)
     */
    public HistoryViewModel(RunRepository runs, Background background, ResultsViewModel results,
                            Function<String, String> strategyName) {
        this.runs = runs;
        this.background = background;
        this.results = results;
        this.strategyName = strategyName;
    }

    public void refresh() {
        background.run("load run history", () -> runs.recent(SHOWN), this::show,
                error -> message.set("Could not read earlier runs: " + error.getMessage()));
    }

    private void show(List<RunRecord> found) {
        recent.setAll(found);
        message.set(found.isEmpty() ? "No runs yet." : "");
    }

    public void open(RunRecord run) {
        if (run != null) {
            results.show(run, strategyName.apply(run.strategyId()));
        }
    }

    public ObservableList<RunRecord> recent() {
        return recent;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
