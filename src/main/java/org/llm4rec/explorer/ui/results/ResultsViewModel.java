package org.llm4rec.explorer.ui.results;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.port.ComparisonRepository;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.app.port.SavedComparison;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * The comparison: columns side by side, each a configuration. Recommend adds one and runs it; Run all runs every
 * column on the same profile and the same candidates, a few at a time.
 */
public final class ResultsViewModel {
    private final RecommendationService service;
    private final Background background;
    private final TaskList tasks;
    private final ComparisonRepository comparisons;
    private final Clock clock;
    private final RunSlots slots = new RunSlots();
    private final ObservableList<RunColumnViewModel> columns = FXCollections.observableArrayList();
    private final ObjectProperty<RunColumnViewModel> focused = new SimpleObjectProperty<>();
    private final ObservableList<SavedComparison> saved = FXCollections.observableArrayList();
    private final StringProperty message = new MessageProperty();
    private final BooleanProperty unsaved = new SimpleBooleanProperty(false);
    private final ComparisonRuns runs;
    private Runnable onRunFinished = () -> { };
    private Profile current;
    private RunContext context;
    private Consumer<String> onPull = model -> { };
    private String shownBlocker = "";

    public ResultsViewModel(RecommendationService service, TaskList tasks, ComparisonRepository comparisons,
                            Clock clock) {
        this.service = service;
        this.background = tasks.background();
        this.tasks = tasks;
        this.comparisons = comparisons;
        this.clock = clock;
        this.runs = new ComparisonRuns(service, tasks, comparisons, clock, slots, message);
        columns.addListener((ListChangeListener<RunColumnViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(column -> column.markStaleAgainst(current));
                if (change.getRemoved().contains(focused.get()) && !columns.contains(focused.get())) {
                    focused.set(null);
                }
            }
            if (columns.stream().noneMatch(c -> c.runProperty().get() != null)) {
                unsaved.set(false);
            }
        });
    }

    /** Where new columns get their configuration, and Run all its profile, templates and models. */
    public void useContext(RunContext runContext) {
        this.context = runContext;
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

    /** Runs a column's configuration again, in a new column, on the profile as it is now. */
    public Optional<RunColumnViewModel> runAgain(RunColumnViewModel column) {
        if (current == null) {
            return Optional.empty();
        }
        Optional<RecommendationRequest> old = column.request().map(r -> Requests.onProfile(r, current));
        if (old.isEmpty() && context != null && context.blocker().isEmpty()) {
            old = Optional.of(context.request(column.configurationProperty().get(), List.of()));
        }
        return old.map(this::run);
    }

    /** Adds a column for the request and starts it. */
    public RunColumnViewModel run(RecommendationRequest request) {
        RunColumnViewModel column = attach(new RunColumnViewModel(service, tasks, request));
        columns.add(column);
        column.queue(request, slots);
        return column;
    }

    /** Adds a column with the sidebar's configuration, not run yet. */
    public Optional<RunColumnViewModel> addColumn() {
        Optional<RunColumnViewModel> added = Optional.ofNullable(context).flatMap(RunContext::current)
                .map(this::add);
        message.set(added.isPresent() ? "" : "Pick a strategy and a model in the sidebar first.");
        return added;
    }

    private RunColumnViewModel add(ColumnConfiguration configuration) {
        RunColumnViewModel column = newColumn(configuration);
        columns.add(column);
        return column;
    }

    RunColumnViewModel newColumn(ColumnConfiguration configuration) {
        return attach(new RunColumnViewModel(service, tasks, configuration, strategyName(configuration)));
    }

    private String strategyName(ColumnConfiguration configuration) {
        return context == null ? configuration.strategyId() : context.strategyName(configuration.strategyId());
    }

    private RunColumnViewModel attach(RunColumnViewModel column) {
        column.setOnFinished(() -> {
            unsaved.set(true);
            onRunFinished.run();
        });
        column.setOnPull(model -> onPull.accept(model));
        column.configurationProperty().addListener((o, old, now) -> column.titleProperty().set(strategyName(now)));
        // With one column expanded, a new one (Recommend, a duplicate, a reopened run) takes its place: else it
        // would run out of sight.
        if (focused.get() != null) {
            focused.set(column);
        }
        return column;
    }

    /** A copy of the column's configuration right after it, not run yet. */
    public RunColumnViewModel duplicate(RunColumnViewModel column) {
        RunColumnViewModel copy = newColumn(column.configurationProperty().get());
        columns.add(columns.indexOf(column) + 1, copy);
        return copy;
    }

    /** Moves the column one place left (negative) or right (positive); at an end it stays. */
    public void move(RunColumnViewModel column, int by) {
        int from = columns.indexOf(column);
        int to = from + Integer.signum(by);
        if (from < 0 || to < 0 || to >= columns.size()) {
            return;
        }
        // Swapping the neighbour keeps the moved column's view (and its running stream) in place.
        RunColumnViewModel neighbour = columns.remove(to);
        columns.add(from, neighbour);
    }

    /** Shows only this column, full width; null shows them all again. */
    public void focus(RunColumnViewModel column) {
        focused.set(column);
    }

    /**
     * Runs every column on the current profile with one candidate set drawn once for all of them, at most
     * {@link #concurrencyProperty()} at a time. Columns still running are left alone.
     */
    public void runAll() {
        runTogether(List.copyOf(columns), null);
    }

    /** Runs one column alone; after Run all it keeps that comparison's candidates (while the profile is the same). */
    public void runColumn(RunColumnViewModel column) {
        if (ready()) {
            runs.runAlone(column, context);
        }
    }

    private void runTogether(List<RunColumnViewModel> chosen, String rerunOf) {
        if (ready() && !chosen.isEmpty()) {
            runs.runTogether(chosen, context, rerunOf);
        }
    }

    private boolean ready() {
        String blocker = context == null ? "Nothing to run on yet." : context.blocker();
        message.set(blocker);
        shownBlocker = blocker;
        return blocker.isEmpty();
    }

    /** The sidebar changed: a message saying why nothing could run goes once that reason is gone. */
    public void recheckBlocker() {
        String now = context == null ? "" : context.blocker();
        if (!shownBlocker.isEmpty() && message.get().equals(shownBlocker) && !now.equals(shownBlocker)) {
            message.set(now);
            shownBlocker = now;
        }
    }

    /**
     * True while a column holds a result made since the comparison was last saved to a file: replacing the columns
     * then loses it, so the window asks first.
     */
    public ReadOnlyBooleanProperty unsavedResultsProperty() {
        return unsaved;
    }

    /** The columns' results are in a comparison file now. */
    public void markSaved() {
        unsaved.set(false);
    }

    /** Keeps the columns' configurations under a name (replacing one of the same name), without their results. */
    public void saveComparison(String name) {
        List<ColumnConfiguration> configurations = columns.stream()
                .map(c -> c.configurationProperty().get()).toList();
        if (configurations.isEmpty()) {
            message.set("Add a column before saving a comparison.");
            return;
        }
        SavedComparison comparison;
        try {
            comparison = new SavedComparison(name == null ? "" : name, configurations, clock.instant());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        background.run("save comparison", () -> {
            comparisons.save(comparison);
            return comparisons.saved();
        }, found -> {
            saved.setAll(found);
            message.set("Saved the column set \"" + comparison.name() + "\" (" + configurations.size()
                    + " columns, without results).");
        }, error -> message.set("Could not save the comparison: " + error.getMessage()));
    }

    /** Reads the saved comparisons again. */
    public void refreshSaved() {
        background.run("list comparisons", comparisons::saved, saved::setAll,
                error -> message.set("Could not read saved comparisons: " + error.getMessage()));
    }

    /**
     * Replaces the columns with the saved configurations, not run yet. Results not saved to a file are lost: the
     * window asks before calling this while {@link #unsavedResultsProperty()} is true.
     */
    public void load(SavedComparison comparison) {
        columns.forEach(RunColumnViewModel::cancel);
        focused.set(null);
        columns.setAll(comparison.columns().stream().map(this::newColumn).toList());
        message.set("Loaded the column set \"" + comparison.name() + "\": press Run all.");
    }

    /** Adds columns showing a stored comparison run as it was: its columns, in order, with their repeats. */
    public void show(ComparisonRun run, List<RunRecord> stored) {
        columns.addAll(runs.reopen(run, stored, this::strategyName).stream().map(this::attach).toList());
    }

    /** Runs a stored comparison's configurations again as a new comparison run, in new columns beside it. */
    public void rerun(ComparisonRun run) {
        List<RunColumnViewModel> fresh = ComparisonRuns.configurations(run).stream().map(this::newColumn).toList();
        columns.addAll(fresh);
        runTogether(fresh, run.id());
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
        RunColumnViewModel column = attach(RunColumnViewModel.stored(service, tasks, List.of(record),
                RunColumnViewModel.configurationOf(record), strategyName));
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

    /** The column shown alone, full width; null when all are shown. */
    public ObjectProperty<RunColumnViewModel> focusedProperty() {
        return focused;
    }

    /** How many columns run at once (the others wait). */
    public IntegerProperty concurrencyProperty() {
        return slots.limitProperty();
    }

    public ObservableList<SavedComparison> savedComparisons() {
        return saved;
    }

    /** What the last comparison action said: why Run all cannot start, what was saved. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The models and strategies a column editor offers; null before the window is wired. */
    public RunContext context() {
        return context;
    }
}
