package org.llm4rec.explorer.ui.experiment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.AppInfo;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.experiment.ExperimentControl;
import org.llm4rec.explorer.app.experiment.ExperimentProgress;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.experiment.StudyRunner;
import org.llm4rec.explorer.app.export.PngFile;
import org.llm4rec.explorer.app.export.StudyHtml;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.study.Study;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyOutcome;
import org.llm4rec.explorer.domain.study.StudySpec;
import org.llm4rec.explorer.domain.study.SweepAxis;
import org.llm4rec.explorer.domain.study.SweepParameter;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * The Studies tab: pick a study, see what it tests, where it comes from, how many calls it makes and about how
 * long they take, run it (pause, continue, cancel, resume) and watch its curves fill in; then the chart, the
 * finding and the exports (PNG, CSV, an HTML page). A running study is a task of the status bar's list, with its
 * progress and Cancel there too.
 */
public final class StudiesViewModel {
    private final StudyRunner studies;
    private final ExperimentRunner runner;
    private final Background background;
    private final BackgroundTask task;
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final ObservableList<ModelInfo> installedModels;
    private final ObservableList<StudyKind> kinds = FXCollections.observableArrayList(StudyKind.values());
    private final ObjectProperty<StudyKind> kind = new SimpleObjectProperty<>(StudyKind.ORDER);
    private final StringProperty model = new SimpleStringProperty();
    private final IntegerProperty users = new SimpleIntegerProperty(100);
    private final StringProperty values = new SimpleStringProperty("");
    private final ObjectProperty<SweepParameter> parameter = new SimpleObjectProperty<>(SweepParameter.TEMPERATURE);
    private final ObjectProperty<SweepParameter> panelParameter = new SimpleObjectProperty<>(SweepParameter.CANDIDATES);
    private final StringProperty panelValues = new SimpleStringProperty("");
    private final StringProperty about = new SimpleStringProperty("");
    private final StringProperty cost = new MessageProperty();
    private final ObjectProperty<StudyOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty finding = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final StringProperty message = new MessageProperty();
    private ExperimentControl control;
    /** Counts the estimates asked for, so that a slow one never overwrites the estimate of a later choice. */
    private long estimates;

    public StudiesViewModel(ExperimentRunner runner, TaskList tasks, ReadOnlyObjectProperty<Dataset> dataset,
                            ObservableList<ModelInfo> installedModels) {
        this.runner = runner;
        this.studies = new StudyRunner(runner);
        this.background = tasks.background();
        this.task = tasks.create().onCancel(this::stop);
        task.progressProperty().bind(progress);
        task.messageProperty().bind(progressText);
        this.dataset = dataset;
        this.installedModels = installedModels;
        kind.addListener((o, old, k) -> {
            values.set(String.join(",", StudySpec.of(k, "any", UserSample.random(1, 1), "any").values()));
            describe();
        });
        values.set("");
        model.addListener((o, old, m) -> describe());
        users.addListener((o, old, n) -> describe());
        parameter.addListener((o, old, p) -> describe());
        panelParameter.addListener((o, old, p) -> describe());
        values.addListener((o, old, v) -> describe());
        panelValues.addListener((o, old, v) -> describe());
        dataset.addListener((o, old, d) -> describe());
        installedModels.addListener((javafx.collections.ListChangeListener<ModelInfo>) change -> {
            if (model.get() == null && !installedModels.isEmpty()) {
                model.set(installedModels.get(0).name());
            }
        });
        if (!installedModels.isEmpty()) {
            model.set(installedModels.get(0).name());
        }
        describe();
    }

    public ObservableList<StudyKind> kinds() {
        return kinds;
    }

    public ObjectProperty<StudyKind> kindProperty() {
        return kind;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public ObservableList<ModelInfo> installedModels() {
        return installedModels;
    }

    public IntegerProperty usersProperty() {
        return users;
    }

    public StringProperty valuesProperty() {
        return values;
    }

    public ObjectProperty<SweepParameter> parameterProperty() {
        return parameter;
    }

    /** What a sweep's panels vary, one small chart per value of {@link #panelValuesProperty}. */
    public ObjectProperty<SweepParameter> panelParameterProperty() {
        return panelParameter;
    }

    /** The panels' values, comma-separated; none draws the sweep as one chart. */
    public StringProperty panelValuesProperty() {
        return panelValues;
    }

    public StringProperty aboutProperty() {
        return about;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public ObjectProperty<StudyOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty findingProperty() {
        return finding;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The study as the form describes it, or empty with the reason in the message. */
    Optional<Study> plan() {
        Dataset d = dataset.get();
        if (d == null) {
            message.set("Choose a dataset with interactions in the main window first.");
            return Optional.empty();
        }
        if (model.get() == null || model.get().isBlank()) {
            message.set("No model to ask: install one in the Models window.");
            return Optional.empty();
        }
        try {
            List<String> given = commaSeparated(values.get());
            StudySpec spec = StudySpec.of(kind.get(), d.id(), UserSample.random(users.get(), 42), model.get());
            spec = kind.get() != StudyKind.SWEEP ? spec.withValues(given) : spec.withSweep(parameter.get(), given)
                    .withPanels(panelValues.get().isBlank() ? List.of()
                            : List.of(new SweepAxis(panelParameter.get(), commaSeparated(panelValues.get()))));
            return Optional.of(Study.plan(kind.get().title() + " on " + d.name(), spec));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    private static List<String> commaSeparated(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** What the chosen study tests and costs, the time from the model's measured speed (in the background). */
    void describe() {
        StudyKind k = kind.get();
        about.set(k.question() + (k.source().isEmpty() ? "" : "\nFrom: " + k.source() + "."));
        message.set("");
        Optional<Study> study = dataset.get() == null || model.get() == null ? Optional.empty() : plan();
        if (study.isEmpty()) {
            estimates++;
            cost.set("");
            return;
        }
        Study planned = study.get();
        String chosen = model.get();
        long asked = ++estimates;
        background.run("estimate study", () -> new Cost(studies.estimatedCalls(planned),
                runner.medianLatencyMs(chosen), runner.concurrency()), c -> {
                    if (asked == estimates) {
                        cost.set(c.text(planned, chosen));
                    }
                }, e -> cost.set("Cannot estimate: " + e.getMessage()));
    }

    /** Calls and, when the model has been measured, the time they take at the servers' parallelism. */
    private record Cost(long calls, OptionalDouble msPerCall, int parallel) {
        String text(Study study, String model) {
            String head = study.definitions().size() + " experiments, about " + String.format("%,d", calls)
                    + " model calls (fewer if answers are cached or users excluded).";
            if (msPerCall.isEmpty()) {
                return head + " Time: " + model + " has no measured speed yet; the estimate appears while it runs.";
            }
            long seconds = (long) (calls * msPerCall.getAsDouble() / parallel / 1000);
            return head + " About " + RunProgressViewModel.duration(seconds) + " at " + model + "'s measured "
                    + String.format("%.1f", msPerCall.getAsDouble() / 1000) + " s per call, " + parallel
                    + " at a time.";
        }
    }

    /** Runs the study; {@code resume} reuses what earlier runs of the same study stored. */
    public void run(boolean resume) {
        if (task.runningProperty().get()) {
            return;
        }
        Optional<Study> planned = plan();
        if (planned.isEmpty()) {
            return;
        }
        ExperimentControl mine = new ExperimentControl();
        control = mine;
        paused.set(false);
        progress.set(0);
        outcome.set(null);
        finding.set("");
        message.set("Running \"" + planned.get().name() + "\"…");
        Study study = planned.get();
        task.run("Study " + study.name(), taskRun -> studies.run(studies.withInstalledNames(study), resume,
                new StudyRunner.StudyListener() {
                    @Override
                    public void progress(int index, int count, ExperimentProgress p) {
                        taskRun.onUi(() -> {
                            progress.set((index + p.fraction()) / count);
                            progressText.set("Point " + (index + 1) + " of " + count + ": " + p.done() + " of "
                                    + p.total() + " user runs" + (p.eta() == null ? "" : ", about "
                                    + RunProgressViewModel.duration(p.eta().toSeconds()) + " left in this point"));
                        });
                    }

                    @Override
                    public void partial(StudyOutcome partial) {
                        taskRun.onUi(() -> show(partial));
                    }
                }, mine), done -> {
                    paused.set(false);
                    show(done);
                    message.set(mine.isCancelled() ? "Stopped: Continue with \"Resume\"; nothing stored is lost."
                            : "Finished.");
                }, error -> {
                    paused.set(false);
                    message.set("Could not run: " + error.getMessage());
                });
    }

    private void show(StudyOutcome shown) {
        outcome.set(shown);
        finding.set(shown.finding());
    }

    public void pause() {
        if (control != null && task.runningProperty().get()) {
            control.pause();
            paused.set(true);
        }
    }

    public void continueRun() {
        if (control != null && paused.get()) {
            control.resume();
            paused.set(false);
        }
    }

    /** Cancels the running study, as the Cancel of the status bar's task list does. */
    public void cancel() {
        task.cancel();
    }

    /** Stops the runner: what is stored stays, and Resume continues from there. */
    private void stop() {
        if (control != null) {
            control.cancel();
            message.set("Cancelling: the model calls under way finish first…");
        }
    }

    /** Writes the chart's pixels (taken on the UI thread) as a PNG picture. */
    public void exportPng(int width, int height, int[] argb, Path file) {
        save("export study PNG", () -> PngFile.write(width, height, argb, file));
    }

    /** Writes the curves and published figures as CSV. */
    public void exportCsv(Path file) {
        StudyOutcome shown = outcome.get();
        if (shown != null) {
            save("export study CSV", () -> Files.writeString(file, shown.csv(), StandardCharsets.UTF_8));
        }
    }

    /** Writes the study as a self-contained HTML page: chart, finding, table with intervals, published figures. */
    public void exportHtml(Path file) {
        StudyOutcome shown = outcome.get();
        Dataset of = dataset.get();
        if (shown != null) {
            String datasetName = of != null && of.id().equals(shown.study().spec().datasetId()) ? of.name()
                    : shown.study().spec().datasetId();
            save("export study page", () -> new StudyHtml().write(shown, datasetName, Instant.now(),
                    AppInfo.VERSION, file));
        }
    }

    private void save(String what, Callable<Path> write) {
        background.run(what, write, written -> message.set("Saved " + written),
                e -> message.set("Could not save: " + e.getMessage()));
    }
}
