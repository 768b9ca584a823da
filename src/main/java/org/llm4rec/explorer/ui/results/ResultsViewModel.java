package org.llm4rec.explorer.ui.results;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.RunRecord;

/** The results area: one column per run, side by side, newest on the right. */
public final class ResultsViewModel {
    private final RecommendationService service;
    private final Background background;
    private final IntegerProperty runningJobs;
    private final ObservableList<RunColumnViewModel> columns = FXCollections.observableArrayList();
    private Runnable onRunFinished = () -> { };
    private Profile current;
    private Consumer<String> onPull = model -> { };

    public ResultsViewModel(RecommendationService service, Background background, IntegerProperty runningJobs) {
        this.service = service;
        this.background = background;
        this.runningJobs = runningJobs;
        columns.addListener((ListChangeListener<RunColumnViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(column -> column.markStaleAgainst(current));
            }
        });
    }

    /**
     * Follows the profile as it is edited: columns made from an older version of it are marked stale, and
     * {@link #runAgain} runs on the latest version.
     */
    public void trackProfile(ObservableValue<Profile> profile) {
        current = profile.getValue();
        profile.addListener((obs, old, now) -> {
            current = now;
            columns.forEach(column -> column.markStaleAgainst(now));
        });
    }

    /** Runs a column's strategy, model and options again, in a new column, on the profile as it is now. */
    public Optional<RunColumnViewModel> runAgain(RunColumnViewModel column) {
        return column.request().filter(old -> current != null).map(old -> run(new RecommendationRequest(
                old.dataset(), current, old.strategy(), old.template(), old.model(), old.serverVersion(),
                old.options(), old.count(), old.candidates())));
    }

    /** Adds a column for the request and starts it. */
    public RunColumnViewModel run(RecommendationRequest request) {
        RunColumnViewModel column = new RunColumnViewModel(service, background, request);
        column.setOnFinished(() -> {
            runningJobs.set(runningJobs.get() - 1);
            onRunFinished.run();
        });
        column.setOnPull(model -> onPull.accept(model));
        columns.add(column);
        runningJobs.set(runningJobs.get() + 1);
        column.start();
        return column;
    }

    /** Called on the UI thread whenever a run ends, however it ended. */
    public void setOnRunFinished(Runnable onRunFinished) {
        this.onRunFinished = onRunFinished;
    }

    /** Called on the UI thread when a column asks to pull a model that a run found missing. */
    public void setOnPull(Consumer<String> onPull) {
        this.onPull = onPull;
    }

    /** Adds a column showing a stored run as it was. */
    public RunColumnViewModel show(RunRecord record, String strategyName) {
        RunColumnViewModel column = RunColumnViewModel.stored(record, strategyName);
        column.setOnPull(model -> onPull.accept(model));
        columns.add(column);
        return column;
    }

    /** Removes a column; a running one is cancelled first. */
    public void remove(RunColumnViewModel column) {
        column.cancel();
        columns.remove(column);
    }

    public ObservableList<RunColumnViewModel> columns() {
        return columns;
    }
}
