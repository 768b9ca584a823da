package org.llm4rec.explorer.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.ComparisonRepository;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.app.port.ComparisonRunColumn;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.results.ResultsViewModel;

/**
 * Earlier runs and comparison runs, newest first, filtered by text, strategy, model and profile; any of them
 * opens into the comparison as it was, without running again, and a comparison run can be run again beside it.
 */
public final class HistoryViewModel {
    /** The filter value that lets everything through. */
    public static final String ANY = "(any)";
    private static final int SHOWN = 200;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final RunRepository runs;
    private final ComparisonRepository comparisons;
    private final Background background;
    private final ResultsViewModel results;
    private final Function<String, String> strategyName;
    private final ObservableList<RunRecord> recent = FXCollections.observableArrayList();
    private final FilteredList<RunRecord> filtered = new FilteredList<>(recent);
    private final ObservableList<ComparisonRun> comparisonRuns = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> strategy = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>(ANY);
    private final ObservableList<String> strategies = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> models = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> profiles = FXCollections.observableArrayList(ANY);
    private final StringProperty message = new MessageProperty();

    /**
     * @param strategyName display name of a strategy id (ids of strategies no longer built in show as they are)
     */
    public HistoryViewModel(RunRepository runs, ComparisonRepository comparisons, Background background,
                            ResultsViewModel results, Function<String, String> strategyName) {
        this.runs = runs;
        this.comparisons = comparisons;
        this.background = background;
        this.results = results;
        this.strategyName = strategyName;
        text.addListener((o, old, now) -> applyFilter());
        strategy.addListener((o, old, now) -> applyFilter());
        model.addListener((o, old, now) -> applyFilter());
        profile.addListener((o, old, now) -> applyFilter());
    }

    public void refresh() {
        background.run("load run history", () -> new Found(runs.recent(SHOWN), comparisons.recentRuns(SHOWN)),
                this::show, error -> message.set("Could not read earlier runs: " + error.getMessage()));
    }

    private record Found(List<RunRecord> runs, List<ComparisonRun> comparisons) {
    }

    private void show(Found found) {
        recent.setAll(found.runs());
        comparisonRuns.setAll(found.comparisons());
        choices(strategies, strategy, found.runs().stream().map(r -> strategyName.apply(r.strategyId())).toList());
        choices(models, model, found.runs().stream().map(RunRecord::model).toList());
        choices(profiles, profile, found.runs().stream().map(RunRecord::profileName).toList());
        message.set(found.runs().isEmpty() ? "No runs yet." : "");
    }

    /** Offers the values found; the chosen one stays chosen while it is still there. */
    private static void choices(ObservableList<String> target, ObjectProperty<String> chosen, List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(ANY);
        all.addAll(new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
        String kept = chosen.get();
        if (!all.equals(target)) {
            target.setAll(all);
        }
        chosen.set(all.contains(kept) ? kept : ANY);
    }

    private void applyFilter() {
        String words = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(run -> matches(strategy.get(), strategyName.apply(run.strategyId()))
                && matches(model.get(), run.model()) && matches(profile.get(), run.profileName())
                && (words.isEmpty() || searchText(run).contains(words)));
    }

    private static boolean matches(String wanted, String value) {
        return wanted == null || ANY.equals(wanted) || wanted.equals(value);
    }

    private String searchText(RunRecord run) {
        StringBuilder all = new StringBuilder(run.profileName()).append(' ').append(run.model()).append(' ')
                .append(strategyName.apply(run.strategyId())).append(' ').append(run.status()).append(' ')
                .append(run.message());
        run.recommendations().forEach(r -> all.append(' ').append(r.title()));
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** One line for a run: when, profile, strategy, model, then its headline figures. */
    public String describe(RunRecord run) {
        long grounded = run.recommendations().stream().filter(r -> r.grounding().grounded()).count();
        long hits = run.recommendations().stream().filter(Recommendation::hit).count();
        String figures = switch (run.status()) {
            case COMPLETED -> run.recommendations().size() + " items · " + grounded + " in catalogue"
                    + (hits > 0 ? " · " + hits + " hit" : "")
                    + (run.metrics() == null ? "" : String.format(Locale.ROOT, " · %.1f s",
                    run.metrics().totalMs() / 1000.0));
            default -> run.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
        return WHEN.format(run.createdAt()) + " · " + run.profileName() + "\n" + strategyName.apply(run.strategyId())
                + " · " + run.model() + "\n" + figures;
    }

    /** One line for a comparison run: when, profile, its columns. */
    public String describe(ComparisonRun run) {
        List<String> columns = run.runs().stream().filter(c -> c.repeatIndex() == 0)
                .map(ComparisonRunColumn::configuration)
                .map(c -> strategyName.apply(c.strategyId()) + " × " + c.model()).toList();
        return WHEN.format(run.startedAt()) + " · " + run.profileName() + " · " + run.columnCount() + " columns"
                + (run.rerunOf() == null ? "" : " (run again)") + "\n" + String.join("\n", columns);
    }

    public void open(RunRecord run) {
        if (run != null) {
            results.show(run, strategyName.apply(run.strategyId()));
        }
    }

    /** Opens every column of a comparison run as it was, from the stored runs. */
    public void open(ComparisonRun run) {
        if (run == null) {
            return;
        }
        background.run("open comparison run", () -> run.runs().stream().map(c -> runs.find(c.runId()))
                        .flatMap(Optional::stream).toList(),
                stored -> results.show(run, stored),
                error -> message.set("Could not open the comparison run: " + error.getMessage()));
    }

    /** Runs a comparison run's columns again as a new comparison run, beside whatever is shown. */
    public void rerun(ComparisonRun run) {
        if (run != null) {
            results.rerun(run);
        }
    }

    /** The runs that pass the filters. */
    public ObservableList<RunRecord> recent() {
        return filtered;
    }

    public ObservableList<ComparisonRun> comparisonRuns() {
        return comparisonRuns;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<String> strategyProperty() {
        return strategy;
    }

    public ObjectProperty<String> modelProperty() {
        return model;
    }

    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public ObservableList<String> strategies() {
        return strategies;
    }

    public ObservableList<String> models() {
        return models;
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
