package org.llm4rec.explorer.ui.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.experiment.ConfigurationProgress;
import org.llm4rec.explorer.app.experiment.ExperimentControl;
import org.llm4rec.explorer.app.experiment.ExperimentExport;
import org.llm4rec.explorer.app.experiment.ExperimentJudging;
import org.llm4rec.explorer.app.experiment.ExperimentListener;
import org.llm4rec.explorer.app.experiment.ExperimentProgress;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.export.PngFile;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.ExperimentRepository;
import org.llm4rec.explorer.app.port.ExperimentRun;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ConfigurationSummary;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.Outcome;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.ui.FileNames;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * The Experiments window: saved experiments, the one being defined, its run (in the background, with pause,
 * continue, cancel and resume after a stop or a crash) and its results as a table and charts.
 */
public final class ExperimentsViewModel {
    private final ExperimentRunner runner;
    private final ExperimentRepository repository;
    private final CatalogueRepository catalogue;
    private final Background background;
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final ObservableList<ModelInfo> installedModels;
    private final UserOpener opener;
    private final ExperimentDraft draft;
    private final RunProgressViewModel progress;
    private final BackgroundTask task;
    private final ObservableList<ExperimentDefinition> saved = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentDefinition> selected = new SimpleObjectProperty<>();
    private final ObservableList<PromptStrategy> strategies = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentRun> resumable = new SimpleObjectProperty<>();
    private final StringProperty message = new MessageProperty();
    private final ObjectProperty<ExperimentReport> report = new SimpleObjectProperty<>();
    private final ObservableList<ConfigurationSummary> summaries = FXCollections.observableArrayList();
    private final ObservableList<UserRow> userRows = FXCollections.observableArrayList();
    private final StringProperty protocolText = new SimpleStringProperty("");
    private final StringProperty exclusionsText = new SimpleStringProperty("");
    private final ObjectProperty<Metric> chartMetric = new SimpleObjectProperty<>(Metric.NDCG_10);
    private final ObjectProperty<ExperimentCharts.Cost> cost = new SimpleObjectProperty<>(ExperimentCharts.Cost.TOKENS);
    private final ObjectProperty<ExperimentCharts.Segment> segment =
            new SimpleObjectProperty<>(ExperimentCharts.Segment.HISTORY_LENGTH);
    private final ObjectProperty<List<BarGroup>> metricBars = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<StripColumn>> strips = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<CostPoint>> costPoints = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<BarGroup>> popularityBars = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<BarGroup>> segmentBars = new SimpleObjectProperty<>(List.of());
    private final ObservableList<JudgeScore> judgeScores = FXCollections.observableArrayList();
    private final ObjectProperty<JudgeScore> judgeScore = new SimpleObjectProperty<>();
    private final ObjectProperty<List<QualityPoint>> qualityPoints = new SimpleObjectProperty<>(List.of());
    private final JudgeExplanationsViewModel judge;
    private final BooleanBinding canRun;
    private final BooleanBinding canResumeStopped;
    private Map<String, String> targetCategories = Map.of();
    private final StudiesViewModel studies;
    private Function<Configuration, String> labels = Configuration::label;
    private ExperimentControl control;

    public ExperimentsViewModel(ExperimentRunner runner, ExperimentRepository repository,
                                CatalogueRepository catalogue, TaskList tasks,
                                ReadOnlyObjectProperty<Dataset> dataset, ObservableList<ModelInfo> installedModels,
                                UserOpener opener, LongSupplier nanoTime, ExperimentJudging judging,
                                TemplateRepository templates) {
        this.runner = runner;
        this.repository = repository;
        this.catalogue = catalogue;
        this.background = tasks.background();
        this.studies = new StudiesViewModel(runner, tasks, dataset, installedModels);
        this.dataset = dataset;
        this.installedModels = installedModels;
        this.opener = opener;
        this.draft = new ExperimentDraft(dataset);
        this.progress = new RunProgressViewModel(nanoTime);
        this.task = tasks.create().onCancel(this::stop);
        task.progressProperty().bind(progress.overallProperty());
        task.messageProperty().bind(progress.etaProperty());
        canRun = Bindings.createBooleanBinding(() -> draft.problemProperty().get().isEmpty()
                && !progress.activeProperty().get(), draft.problemProperty(), progress.activeProperty());
        canResumeStopped = Bindings.createBooleanBinding(() -> resumable.get() != null
                && !progress.activeProperty().get(), resumable, progress.activeProperty());
        draft.candidateModeProperty().addListener((o, old, mode) -> offerStrategies());
        offerStrategies();
        selected.addListener((o, old, definition) -> open(definition));
        chartMetric.addListener((o, old, m) -> drawCharts());
        cost.addListener((o, old, c) -> drawCharts());
        segment.addListener((o, old, s) -> drawCharts());
        report.addListener((o, old, r) -> showReport(r));
        this.judge = new JudgeExplanationsViewModel(judging, templates, tasks, report, installedModels);
        judge.qualityProperty().addListener((o, old, found) -> offerJudgeScores(found));
        judgeScore.addListener((o, old, s) -> drawCharts());
        draft.nameProperty().set("Experiment 1");
    }

    /** Lists the saved experiments. */
    public void refresh() {
        background.run("list experiments", repository::definitions, saved::setAll,
                error -> message.set("Could not list the saved experiments: " + error.getMessage()));
    }

    /** Strategies that fit the protocol's candidate mode; chosen ones that no longer fit are dropped. */
    private void offerStrategies() {
        boolean ranks = draft.candidateModeProperty().get().hasCandidates();
        strategies.setAll(Strategies.all().stream().filter(s -> s.ranksCandidates() == ranks).toList());
        Set<String> fitting = strategies.stream().map(PromptStrategy::id).collect(Collectors.toSet());
        draft.strategies().removeIf(id -> !fitting.contains(id));
    }

    private void open(ExperimentDefinition definition) {
        if (definition == null) {
            return;
        }
        draft.load(definition);
        Dataset current = dataset.get();
        if (current != null && !current.id().equals(definition.datasetId())) {
            message.set("\"" + definition.name() + "\" was defined on dataset " + definition.datasetId()
                    + "; saving or running it here uses the current dataset, " + current.name() + ".");
        } else {
            message.set("Reading the stored runs of \"" + definition.name() + "\"…");
        }
        background.run("find experiment runs", () -> latest(definition), found -> {
            resumable.set(found.resumable());
            report.set(found.report());
            if (found.resumable() != null) {
                message.set("A run of \"" + definition.name() + "\" stopped before it finished: Resume goes on"
                        + " where it stopped.");
            } else if (message.get().startsWith("Reading the stored runs")) {
                message.set(found.report() == null ? "\"" + definition.name() + "\" has not run yet." : "");
            }
        }, error -> message.set("Could not read the runs of \"" + definition.name() + "\": " + error.getMessage()));
    }

    private Found latest(ExperimentDefinition definition) {
        List<ExperimentRun> runs = repository.runs(definition.name());
        ExperimentRun stopped = runner.resumable(definition).orElse(null);
        ExperimentReport last = runs.isEmpty() ? null : runner.report(runs.get(0).id());
        return new Found(stopped, last);
    }

    /** Saves the definition under its name. */
    /**
     * Writes the shown experiment's files into the folder, as the command line writes them (per-user results,
     * summary, timing and JSON, with the model judges' scores), named after the experiment.
     */
    public void exportFiles(Path folder) {
        ExperimentReport shown = report.get();
        if (shown == null) {
            message.set("Run the experiment first: there is nothing to export yet.");
            return;
        }
        List<ExplanationQuality> judges = judge.qualityProperty().get();
        String base = FileNames.of(shown.definition().name(), "experiment");
        background.run("export experiment", () -> ExperimentExport.write(shown, judges, folder, base),
                written -> message.set("Wrote " + String.join(", ", written.stream()
                        .map(file -> file.getFileName().toString()).toList()) + " to " + folder + "."),
                error -> message.set("Could not write the experiment's files to " + folder + ": "
                        + error.getMessage()));
    }

    public void save() {
        build().ifPresent(definition -> background.run("save experiment", () -> {
            repository.saveDefinition(definition);
            return repository.definitions();
        }, found -> {
            saved.setAll(found);
            message.set("Saved \"" + definition.name() + "\".");
        }, error -> message.set("Could not save \"" + definition.name() + "\": " + error.getMessage())));
    }

    /** Saves a copy of the definition under a new name and opens it. */
    public void cloneCurrent() {
        Set<String> names = saved.stream().map(ExperimentDefinition::name).collect(Collectors.toSet());
        String base = draft.nameProperty().get().strip() + " (copy";
        String name = base + ")";
        for (int i = 2; names.contains(name); i++) {
            name = base + " " + i + ")";
        }
        draft.nameProperty().set(name);
        resumable.set(null);
        report.set(null);
        save();
    }

    /** Deletes the selected saved experiment; its runs and results stay in the store. */
    public void deleteSelected() {
        ExperimentDefinition definition = selected.get();
        if (definition == null) {
            return;
        }
        background.run("delete experiment", () -> {
            repository.deleteDefinition(definition.name());
            return repository.definitions();
        }, found -> {
            saved.setAll(found);
            message.set("Deleted \"" + definition.name() + "\"; its stored runs are kept.");
        }, error -> message.set("Could not delete \"" + definition.name() + "\": " + error.getMessage()));
    }

    /** Starts a new run of the definition. */
    /** The Studies tab's model: studies run through this window's runner. */
    public StudiesViewModel studies() {
        return studies;
    }

    public void run() {
        if (!canRun.get()) {
            return;
        }
        build().ifPresent(definition -> background.run("start experiment", () -> runner.start(definition),
                this::execute, error -> message.set("Could not start: " + error.getMessage())));
    }

    /** Goes on with the run that stopped (cancelled, or cut short when the app closed). */
    public void resumeStopped() {
        ExperimentRun run = resumable.get();
        if (run != null && canResumeStopped.get()) {
            execute(run);
        }
    }

    public void pause() {
        if (control != null && progress.canPauseProperty().get()) {
            control.pause();
            progress.paused();
        }
    }

    public void continueRun() {
        if (control != null && progress.canResumeProperty().get()) {
            control.resume();
            progress.resumed();
        }
    }

    public void cancel() {
        task.cancel();
    }

    private void stop() {
        if (control != null && progress.canCancelProperty().get()) {
            control.cancel();
            progress.cancelling();
        }
    }

    private void execute(ExperimentRun run) {
        ExperimentControl mine = new ExperimentControl();
        control = mine;
        resumable.set(null);
        String name = run.definition().name();
        Map<String, Configuration> byKey = new HashMap<>();
        run.definition().configurations().forEach(c -> byKey.put(c.key(), c));
        ConfigurationLabels runLabels = ConfigurationLabels.of(run.definition());
        message.set("Running \"" + name + "\"…");
        progress.started(0);
        ExperimentListener listener = new ExperimentListener() {
            @Override
            public void progress(ExperimentProgress p) {
                background.ui().execute(() -> showProgress(mine, p, byKey, runLabels));
            }
        };
        task.run("Experiment " + name, taskRun -> {
            int before = (int) repository.results(run.id()).stream()
                    .filter(r -> r.outcome() != Outcome.FAILED && byKey.containsKey(r.configurationKey())
                            && !byKey.get(r.configurationKey()).isBaseline())
                    .count();
            background.ui().execute(() -> progress.started(before));
            return runner.run(run, listener, mine);
        }, result -> {
            boolean stopped = mine.isCancelled();
            long failed = result.results().stream().filter(r -> r.outcome() == Outcome.FAILED).count();
            progress.ended(stopped ? RunProgressViewModel.State.STOPPED : RunProgressViewModel.State.FINISHED,
                    stopped ? "Stopped. Resume goes on where it stopped; nothing stored is lost."
                            : failed > 0 ? failed + " user runs failed at the model server: Resume runs them again."
                            : "Finished.");
            report.set(result);
            if (stopped || failed > 0) {
                resumable.set(run);
            }
            message.set(stopped ? "\"" + name + "\" stopped." : "\"" + name + "\" finished.");
            refresh();
        }, error -> {
            progress.ended(RunProgressViewModel.State.FAILED, "Failed: " + error.getMessage());
            message.set("\"" + name + "\" could not run: " + error.getMessage());
            background.run("find stopped run", () -> runner.resumable(run.definition()),
                    found -> resumable.set(found.orElse(null)), e -> { });
        });
    }

    private void showProgress(ExperimentControl from, ExperimentProgress p, Map<String, Configuration> byKey,
                              ConfigurationLabels runLabels) {
        if (from != control || !progress.activeProperty().get()) {
            return;
        }
        for (ConfigurationProgress c : p.configurations()) {
            Configuration configuration = byKey.get(c.configurationKey());
            progress.progressed(c.configurationKey(), configuration == null ? c.label()
                    : runLabels.apply(configuration), configuration != null && configuration.isBaseline(),
                    c.done(), c.total());
        }
    }

    private Optional<ExperimentDefinition> build() {
        try {
            return Optional.of(draft.build());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    // ---- results -----------------------------------------------------------------------------------------------

    private void showReport(ExperimentReport shown) {
        if (shown == null) {
            summaries.clear();
            userRows.clear();
            protocolText.set("");
            exclusionsText.set("");
            targetCategories = Map.of();
            drawCharts();
            return;
        }
        labels = ConfigurationLabels.of(shown.definition());
        summaries.setAll(shown.configurations());
        protocolText.set(shown.definition().describe());
        exclusionsText.set(exclusions(shown));
        userRows.setAll(rows(shown));
        targetCategories = Map.of();
        drawCharts();
        loadCategories(shown);
    }

    private static String exclusions(ExperimentReport report) {
        if (report.excludedUsers() == 0) {
            return "Users: " + report.sampledUsers() + " sampled, none excluded by the protocol.";
        }
        return "Users: " + report.sampledUsers() + " sampled, " + report.excludedUsers()
                + " excluded by the protocol — " + report.exclusions().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " with " + e.getKey().label()).collect(Collectors.joining("; ")) + ".";
    }

    private List<UserRow> rows(ExperimentReport shown) {
        Map<String, Configuration> byKey = configurationsByKey(shown);
        List<UserRow> rows = new ArrayList<>();
        for (UserResult r : shown.results()) {
            Configuration c = byKey.get(r.configurationKey());
            if (c == null) {
                continue;
            }
            rows.add(new UserRow(r.userId(), labels.apply(c), c.isBaseline(), r.repeat() + 1,
                    r.historyLength(), outcome(r.outcome()), orNaN(Metric.NDCG_10.of(r)), firstHit(r), r.message()));
        }
        return rows;
    }

    private static String outcome(Outcome outcome) {
        return switch (outcome) {
            case COMPLETED -> "completed";
            case PARSE_FAILED -> "answer not readable";
            case FAILED -> "failed at the server";
        };
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static int firstHit(UserResult r) {
        for (int i = 0; i < r.ranked().size(); i++) {
            if (r.targets().contains(r.ranked().get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Map<String, Configuration> configurationsByKey(ExperimentReport shown) {
        Map<String, Configuration> byKey = new LinkedHashMap<>();
        shown.definition().configurations().forEach(c -> byKey.put(c.key(), c));
        return byKey;
    }

    /** The first category of each held-out item, for the breakdown by category. */
    private void loadCategories(ExperimentReport shown) {
        List<String> ids = List.copyOf(shown.results().stream().flatMap(r -> r.targets().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        background.run("read target categories", () -> catalogue.items(shown.definition().datasetId(), ids),
                items -> {
                    if (shown != report.get()) {
                        return;
                    }
                    Map<String, String> categories = new HashMap<>();
                    for (Item item : items) {
                        String first = item.categories().split("[,|]")[0].strip();
                        categories.put(item.id(), first.isEmpty() ? "no category" : first);
                    }
                    targetCategories = categories;
                    drawCharts();
                }, error -> message.set("Could not read the categories of the held-out items: "
                        + error.getMessage()));
    }

    private void drawCharts() {
        ExperimentReport shown = report.get();
        if (shown == null) {
            metricBars.set(List.of());
            strips.set(List.of());
            costPoints.set(List.of());
            popularityBars.set(List.of());
            segmentBars.set(List.of());
            qualityPoints.set(List.of());
            return;
        }
        ExperimentCharts charts = new ExperimentCharts(shown, labels);
        Metric metric = chartMetric.get();
        JudgeScore score = judgeScore.get();
        qualityPoints.set(score == null ? List.of() : charts.explanationQuality(metric, score));
        metricBars.set(charts.metric(metric));
        strips.set(charts.perUser(metric));
        costPoints.set(charts.cost(cost.get()));
        popularityBars.set(charts.popularity());
        if (segment.get() == ExperimentCharts.Segment.HISTORY_LENGTH) {
            segmentBars.set(charts.segments(metric, r -> ExperimentCharts.historyBucket(r.historyLength()),
                    ExperimentCharts.historyBuckets()));
        } else {
            Map<String, String> categories = targetCategories;
            segmentBars.set(charts.segments(metric, r -> r.targets().isEmpty() ? null
                    : categories.get(r.targets().get(0)), List.of()));
        }
    }

    /**
     * The judge scores the quality chart can show, each judge's overall mean first; the one shown stays chosen
     * when a judge run brings new scores.
     */
    private void offerJudgeScores(List<ExplanationQuality> judges) {
        List<JudgeScore> offered = new ArrayList<>();
        for (ExplanationQuality judged : judges) {
            offered.add(new JudgeScore(judged, ExplanationQuality.OVERALL));
            judged.criteria().stream().filter(c -> c != ExplanationQuality.OVERALL)
                    .forEach(c -> offered.add(new JudgeScore(judged, c)));
        }
        JudgeScore before = judgeScore.get();
        judgeScores.setAll(offered);
        judgeScore.set(offered.stream().filter(s -> s.sameAs(before)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0)));
    }

    /** Writes a chart's pixels (taken on the UI thread) as a PNG picture. */
    public void exportPng(int width, int height, int[] argb, Path file) {
        background.run("export chart PNG", () -> PngFile.write(width, height, argb, file),
                written -> message.set("Saved the chart as " + written + "."),
                e -> message.set("Could not save the chart: " + e.getMessage()));
    }

    /** Opens the user's profile and stored runs in the main window. */
    public void openUser(String userId) {
        ExperimentReport shown = report.get();
        if (shown == null) {
            return;
        }
        Map<String, Configuration> byKey = configurationsByKey(shown);
        // A result column is titled by its strategy, as a single run's is; its subtitle names the model.
        opener.open(shown, userId, key -> byKey.containsKey(key) ? ConfigurationLabels.strategyName(byKey.get(key)) : key,
                message::set);
    }

    // ---- properties --------------------------------------------------------------------------------------------

    public ExperimentDraft draft() {
        return draft;
    }

    public RunProgressViewModel progress() {
        return progress;
    }

    public ObservableList<ExperimentDefinition> saved() {
        return saved;
    }

    public ObjectProperty<ExperimentDefinition> selectedProperty() {
        return selected;
    }

    /** Strategies that fit the chosen candidate mode. */
    public ObservableList<PromptStrategy> strategies() {
        return strategies;
    }

    public ObservableList<ModelInfo> installedModels() {
        return installedModels;
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<ExperimentReport> reportProperty() {
        return report;
    }

    public ObservableList<ConfigurationSummary> summaries() {
        return summaries;
    }

    public ObservableList<UserRow> userRows() {
        return userRows;
    }

    public StringProperty protocolTextProperty() {
        return protocolText;
    }

    public StringProperty exclusionsTextProperty() {
        return exclusionsText;
    }

    public ObjectProperty<Metric> chartMetricProperty() {
        return chartMetric;
    }

    ObjectProperty<ExperimentCharts.Cost> costProperty() {
        return cost;
    }

    ObjectProperty<ExperimentCharts.Segment> segmentProperty() {
        return segment;
    }

    ReadOnlyObjectProperty<List<BarGroup>> metricBarsProperty() {
        return metricBars;
    }

    ReadOnlyObjectProperty<List<StripColumn>> stripsProperty() {
        return strips;
    }

    ReadOnlyObjectProperty<List<CostPoint>> costPointsProperty() {
        return costPoints;
    }

    ReadOnlyObjectProperty<List<BarGroup>> popularityBarsProperty() {
        return popularityBars;
    }

    ReadOnlyObjectProperty<List<BarGroup>> segmentBarsProperty() {
        return segmentBars;
    }

    /** Judge explanations… of the shown experiment, and every judge's scores of it. */
    public JudgeExplanationsViewModel judge() {
        return judge;
    }

    ObservableList<JudgeScore> judgeScores() {
        return judgeScores;
    }

    ObjectProperty<JudgeScore> judgeScoreProperty() {
        return judgeScore;
    }

    ReadOnlyObjectProperty<List<QualityPoint>> qualityPointsProperty() {
        return qualityPoints;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canResumeStoppedProperty() {
        return canResumeStopped;
    }

    /** The label a configuration has in tables and charts. */
    public String label(Configuration configuration) {
        return labels.apply(configuration);
    }

    private record Found(ExperimentRun resumable, ExperimentReport report) {
    }
}
