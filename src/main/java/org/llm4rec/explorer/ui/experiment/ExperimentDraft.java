package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserSample;

/**
 * The experiment being defined, field by field, on the current dataset. Configurations are every chosen
 * strategy × model × temperature × seed, then the ticked baselines. What is wrong is said as it is typed.
 */
public final class ExperimentDraft {
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<UserSample.Kind> sampleKind = new SimpleObjectProperty<>(UserSample.Kind.RANDOM);
    private final IntegerProperty sampleSize = new SimpleIntegerProperty(50);
    private final IntegerProperty sampleSeed = new SimpleIntegerProperty(42);
    private final StringProperty category = new SimpleStringProperty("");
    private final IntegerProperty heldOut = new SimpleIntegerProperty(1);
    private final ObjectProperty<CandidateMode> candidateMode =
            new SimpleObjectProperty<>(CandidateMode.TARGET_PLUS_RANDOM);
    private final IntegerProperty candidateCount = new SimpleIntegerProperty(Protocol.DEFAULT_CANDIDATES);
    private final IntegerProperty historyLimit = new SimpleIntegerProperty(Protocol.DEFAULT_HISTORY_LIMIT);
    private final IntegerProperty protocolSeed = new SimpleIntegerProperty(42);
    private final BooleanProperty targetInCandidatesOnly = new SimpleBooleanProperty(false);
    private final ObservableList<String> strategies = FXCollections.observableArrayList();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final StringProperty temperatures = new SimpleStringProperty("0.2");
    private final StringProperty seeds = new SimpleStringProperty("42");
    private final IntegerProperty repeats = new SimpleIntegerProperty(1);
    private final BooleanProperty popularity = new SimpleBooleanProperty(true);
    private final BooleanProperty itemKnn = new SimpleBooleanProperty(true);
    private final BooleanProperty random = new SimpleBooleanProperty(true);
    private final StringBinding protocolText;
    private final StringBinding problem;
    private final StringBinding summary;

    public ExperimentDraft(ReadOnlyObjectProperty<Dataset> dataset) {
        this.dataset = dataset;
        Observable[] protocolFields = {heldOut, candidateMode, candidateCount, historyLimit, protocolSeed,
            targetInCandidatesOnly};
        protocolText = Bindings.createStringBinding(() -> {
            try {
                return protocol().describe();
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, protocolFields);
        Observable[] all = {dataset, name, sampleKind, sampleSize, sampleSeed, category, heldOut, candidateMode,
            candidateCount, historyLimit, protocolSeed, targetInCandidatesOnly, strategies, models, temperatures,
            seeds, repeats, popularity, itemKnn, random};
        problem = Bindings.createStringBinding(this::whatIsWrong, all);
        summary = Bindings.createStringBinding(this::describeSize, all);
    }

    /** The definition the fields make. */
    public ExperimentDefinition build() {
        Dataset current = dataset.get();
        if (current == null) {
            throw new IllegalArgumentException("Load a dataset with interactions first.");
        }
        return new ExperimentDefinition(name.get(), current.id(), sample(), protocol(), configurations(),
                repeats.get());
    }

    /** Fills the fields from a saved definition. */
    public void load(ExperimentDefinition definition) {
        name.set(definition.name());
        UserSample sample = definition.sample();
        sampleKind.set(sample.kind());
        sampleSize.set(sample.size());
        sampleSeed.set((int) sample.seed());
        category.set(sample.category());
        Protocol protocol = definition.protocol();
        heldOut.set(protocol.heldOut());
        candidateMode.set(protocol.candidateMode());
        candidateCount.set(protocol.candidateCount());
        historyLimit.set(protocol.historyLimit());
        protocolSeed.set((int) protocol.seed());
        targetInCandidatesOnly.set(protocol.targetInCandidatesOnly());
        Set<String> strategyIds = new LinkedHashSet<>();
        Set<String> modelNames = new LinkedHashSet<>();
        Set<String> temperatureTexts = new LinkedHashSet<>();
        Set<String> seedTexts = new LinkedHashSet<>();
        Set<Baseline> baselines = new LinkedHashSet<>();
        for (Configuration c : definition.configurations()) {
            if (c.isBaseline()) {
                baselines.add(c.baseline());
                continue;
            }
            strategyIds.add(c.strategyId());
            modelNames.add(c.model());
            temperatureTexts.add(c.options().temperature() == null ? ""
                    : String.format(Locale.ROOT, "%.1f", c.options().temperature()));
            seedTexts.add(c.options().seed() == null ? "" : c.options().seed().toString());
        }
        strategies.setAll(strategyIds);
        models.setAll(modelNames);
        temperatures.set(String.join(", ", temperatureTexts));
        seeds.set(String.join(", ", seedTexts));
        repeats.set(definition.repeats());
        popularity.set(baselines.contains(Baseline.POPULARITY));
        itemKnn.set(baselines.contains(Baseline.ITEM_KNN));
        random.set(baselines.contains(Baseline.RANDOM));
    }

    private UserSample sample() {
        if (sampleKind.get() == UserSample.Kind.CATEGORY && category.get().isBlank()) {
            throw new IllegalArgumentException("Users of a category: type the category, for example \"Comedy\".");
        }
        return new UserSample(sampleKind.get(), sampleSize.get(), sampleSeed.get(), category.get());
    }

    private Protocol protocol() {
        return new Protocol(heldOut.get(), candidateMode.get(), candidateCount.get(), historyLimit.get(),
                protocolSeed.get(),
                candidateMode.get() == CandidateMode.USER_FILTERING && targetInCandidatesOnly.get());
    }

    private List<Configuration> configurations() {
        List<Double> temperatureValues = numbers(temperatures.get(), "Temperatures", Double::valueOf);
        List<Integer> seedValues = numbers(seeds.get(), "Seeds", Integer::valueOf);
        List<Configuration> list = new ArrayList<>();
        if (!strategies.isEmpty() && models.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one model for the chosen strategies.");
        }
        if (strategies.isEmpty() && !models.isEmpty()) {
            throw new IllegalArgumentException("Tick at least one strategy for the chosen models.");
        }
        GenerationOptions d = GenerationOptions.defaults();
        for (String strategy : strategies) {
            for (String model : models) {
                for (Double t : temperatureValues) {
                    for (Integer seed : seedValues) {
                        list.add(Configuration.llm(strategy, model, new GenerationOptions(t, d.topP(), d.topK(),
                                seed, d.numCtx(), d.numPredict(), d.repeatPenalty(), d.stop(), d.think(),
                                d.keepAlive()), PromptSettings.defaults()));
                    }
                }
            }
        }
        if (popularity.get()) {
            list.add(Configuration.of(Baseline.POPULARITY));
        }
        if (itemKnn.get()) {
            list.add(Configuration.of(Baseline.ITEM_KNN));
        }
        if (random.get()) {
            list.add(Configuration.of(Baseline.RANDOM));
        }
        return list;
    }

    /** "0.2, 0.7" as numbers; an error names the field and the bad entry. */
    private static <T> List<T> numbers(String text, String field, java.util.function.Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(parse.apply(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + ": \"" + part.strip() + "\" is not a number; separate"
                        + " several with commas, for example 0.2, 0.7.");
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field + ": give at least one value.");
        }
        return values;
    }

    private String whatIsWrong() {
        try {
            build();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private String describeSize() {
        try {
            ExperimentDefinition d = build();
            long models = d.configurations().stream().filter(c -> !c.isBaseline()).count();
            long baselines = d.configurations().size() - models;
            return models + " model configuration" + (models == 1 ? "" : "s") + " × " + d.repeats() + " repeat"
                    + (d.repeats() == 1 ? "" : "s") + " + " + baselines + " baseline" + (baselines == 1 ? "" : "s")
                    + "; " + d.sample().describe() + ".";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<UserSample.Kind> sampleKindProperty() {
        return sampleKind;
    }

    public IntegerProperty sampleSizeProperty() {
        return sampleSize;
    }

    public IntegerProperty sampleSeedProperty() {
        return sampleSeed;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public IntegerProperty heldOutProperty() {
        return heldOut;
    }

    public ObjectProperty<CandidateMode> candidateModeProperty() {
        return candidateMode;
    }

    public IntegerProperty candidateCountProperty() {
        return candidateCount;
    }

    /** With user filtering: score only users whose candidates hold the target, as NIR did. */
    public BooleanProperty targetInCandidatesOnlyProperty() {
        return targetInCandidatesOnly;
    }

    public IntegerProperty historyLimitProperty() {
        return historyLimit;
    }

    public IntegerProperty protocolSeedProperty() {
        return protocolSeed;
    }

    /** Chosen strategy ids. */
    public ObservableList<String> strategies() {
        return strategies;
    }

    /** Chosen model names. */
    public ObservableList<String> models() {
        return models;
    }

    public StringProperty temperaturesProperty() {
        return temperatures;
    }

    public StringProperty seedsProperty() {
        return seeds;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public BooleanProperty popularityProperty() {
        return popularity;
    }

    public BooleanProperty itemKnnProperty() {
        return itemKnn;
    }

    public BooleanProperty randomProperty() {
        return random;
    }

    /** The protocol in full sentences, or what is wrong with its fields. */
    public StringBinding protocolTextProperty() {
        return protocolText;
    }

    /** What keeps the definition from being saved or run; empty when nothing. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** How big the experiment is, in one line; empty while it cannot be built. */
    public StringBinding summaryProperty() {
        return summary;
    }
}
