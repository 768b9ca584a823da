package org.llm4rec.explorer.domain.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.HistoryOrder;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;

/**
 * A study as planned: the experiment definitions it runs (one per protocol it needs, each an ordinary experiment
 * that the runner stores, resumes and caches like any other), the points of its curves, and the published
 * figures to draw beside them.
 *
 * @param name        the study's name; each definition is named after it and its point
 * @param spec        what was asked
 * @param definitions the experiments, in running order
 * @param points      every point of every curve, in drawing order
 * @param references  published figures, dashed beside ours (none when the source gives no values)
 */
public record Study(String name, StudySpec spec, List<ExperimentDefinition> definitions, List<StudyPoint> points,
                    List<ReferenceSeries> references) {
    /** Where LLMRank's figures come from: ChatGPT on MovieLens-1M, NDCG@10 in 0–1. */
    private static final String LLMRANK = "LLMRank, ChatGPT, ML-1M, ";
    private static final List<String> STRATEGIES = List.of(RankingStrategy.SEQUENTIAL, RankingStrategy.RECENCY,
            RankingStrategy.IN_CONTEXT);
    private static final List<Baseline> BASELINES = List.of(Baseline.POPULARITY, Baseline.ITEM_KNN,
            Baseline.RANDOM);

    public Study {
        definitions = List.copyOf(definitions);
        points = List.copyOf(points);
        references = List.copyOf(references);
    }

    /** Plans the study's experiments and points. */
    public static Study plan(String name, StudySpec spec) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A study needs a name.");
        }
        Planner planner = new Planner(name.strip(), spec);
        switch (spec.kind()) {
            case ORDER -> planner.order();
            case HISTORY_LENGTH -> planner.historyLength();
            case POSITION_BIAS -> planner.position();
            case POPULARITY_BIAS -> planner.popularity();
            case STRATEGIES -> planner.strategies();
            case SWEEP -> planner.sweep();
        }
        return new Study(name.strip(), spec, planner.definitions, planner.points, planner.references);
    }

    /** The same study with its definitions replaced (the models named as the server lists them). */
    public Study withDefinitions(List<ExperimentDefinition> renamed) {
        if (renamed.size() != definitions.size()) {
            throw new IllegalArgumentException("A study keeps its " + definitions.size() + " experiments.");
        }
        return new Study(name, spec, renamed, points, references);
    }

    /** The curves' names, in drawing order. */
    public List<String> series() {
        return points.stream().map(StudyPoint::series).distinct().toList();
    }

    /**
     * About how many model calls the study makes: every sampled user once per LLM configuration, repeat and
     * bootstrapped order (users the protocol excludes make none, so this is an upper bound).
     *
     * @param datasetUsers the dataset's users, for a sample of "all"
     */
    public long estimatedCalls(int datasetUsers) {
        int users = spec.sample().size() == 0 ? datasetUsers : Math.min(spec.sample().size(), datasetUsers);
        long calls = 0;
        for (ExperimentDefinition d : definitions) {
            for (Configuration c : d.configurations()) {
                if (!c.isBaseline()) {
                    calls += (long) users * d.repeats() * c.settings().bootstrapOrders();
                }
            }
        }
        return calls;
    }

    /** The models the study asks, as its definitions name them. */
    public List<String> models() {
        return definitions.stream().flatMap(d -> d.configurations().stream()).filter(c -> !c.isBaseline())
                .map(Configuration::model).distinct().toList();
    }

    /** What the study tests, where it comes from and what it runs: shown before it runs and with its results. */
    public String describe() {
        StudyKind kind = spec.kind();
        String source = kind.source().isEmpty() ? "" : " After " + kind.source() + ".";
        return kind.title() + ": " + kind.question() + source + " " + definitions.size() + " experiment"
                + (definitions.size() == 1 ? "" : "s") + " on dataset " + spec.datasetId() + ", "
                + spec.sample().describe() + ", " + String.join(", ", models())
                + ". Protocol of every point: " + spec.protocol().label()
                + (kind == StudyKind.SWEEP ? " (with " + axis() + " varied" + (spec.panels().isEmpty() ? ""
                : "; one chart per " + String.join(" × ", spec.panels().stream().map(a -> a.parameter().label())
                .toList())) + ")" : "") + ".";
    }

    /** What the x axis shows: the swept parameter, or the study's own axis. */
    public String axis() {
        return spec.kind() == StudyKind.SWEEP && spec.parameter() != null ? spec.parameter().label()
                : spec.kind().axis();
    }

    /** The small charts' names in drawing order; one empty name when the study draws one chart. */
    public List<String> panels() {
        return points.stream().map(StudyPoint::panel).distinct().toList();
    }

    /** Builds the definitions and points of one study. */
    private static final class Planner {
        final String name;
        final StudySpec spec;
        final List<ExperimentDefinition> definitions = new ArrayList<>();
        final List<StudyPoint> points = new ArrayList<>();
        final List<ReferenceSeries> references = new ArrayList<>();
        final Measure measure;

        Planner(String name, StudySpec spec) {
            this.name = name;
            this.spec = spec;
            this.measure = Measure.of(spec.metric());
        }

        Configuration llm(String strategyId, String model) {
            return Configuration.llm(strategyId, model, spec.options(), PromptSettings.defaults());
        }

        Configuration llm() {
            return llm(spec.strategyId(), spec.models().get(0));
        }

        int define(String pointLabel, Protocol protocol, List<Configuration> configurations) {
            definitions.add(new ExperimentDefinition(name + " · " + pointLabel, spec.datasetId(), spec.sample(),
                    protocol, configurations, spec.repeats()));
            return definitions.size() - 1;
        }

        void order() {
            HistoryOrder[] orders = HistoryOrder.values();
            for (int i = 0; i < orders.length; i++) {
                int d = define(orders[i].label(), spec.protocol().withHistoryOrder(orders[i]), List.of(llm()));
                points.add(new StudyPoint(spec.models().get(0), orders[i].label(), i, d, 0, measure));
            }
            if (spec.metric() == Metric.NDCG_10) {
                references.add(new ReferenceSeries(LLMRANK + "read from Fig. 1a", List.of(
                        new ReferenceSeries.Point(HistoryOrder.REAL.label(), 0, 0.466),
                        new ReferenceSeries.Point(HistoryOrder.SHUFFLED.label(), 1, 0.463),
                        new ReferenceSeries.Point(HistoryOrder.FAKE.label(), 2, 0.38))));
            }
        }

        void historyLength() {
            for (String value : spec.values()) {
                int k = whole(value, "K");
                int d = define("K=" + k, spec.protocol().withHistoryLimit(k), List.of(llm()));
                points.add(new StudyPoint(spec.models().get(0), "K=" + k, k, d, 0, measure));
            }
        }

        void position() {
            int b = spec.bootstrapOrders();
            Configuration once = llm();
            List<Configuration> configurations = b > 1
                    ? List.of(once, once.withSettings(new PromptSettings(once.settings().demoSource(),
                            once.settings().demoCount(), once.settings().nativeThinking(), b)))
                    : List.of(once);
            for (String value : spec.values()) {
                int position = whole(value, "position");
                int d = define("target at " + position, spec.protocol().withTargetPosition(position),
                        configurations);
                points.add(new StudyPoint("Ranked once", String.valueOf(position), position, d, 0, measure));
                if (b > 1) {
                    points.add(new StudyPoint("Bootstrapped, B=" + b, String.valueOf(position), position, d, 1,
                            measure));
                }
            }
            if (spec.metric() == Metric.NDCG_10) {
                references.add(new ReferenceSeries(LLMRANK + "read from Fig. 2a", List.of(
                        new ReferenceSeries.Point("5", 5, 0.49), new ReferenceSeries.Point("19", 19, 0.26))));
            }
        }

        void popularity() {
            Measure firstPick = new Measure.FirstPickPopularity();
            for (String value : spec.values()) {
                int k = whole(value, "K");
                int d = define("K=" + k, spec.protocol().withHistoryLimit(k),
                        List.of(llm(), Configuration.of(Baseline.RANDOM)));
                points.add(new StudyPoint("Model's first pick", "K=" + k, k, d, 0, firstPick));
                points.add(new StudyPoint("A random candidate", "K=" + k, k, d, 1, firstPick));
                points.add(new StudyPoint("The history shown", "K=" + k, k, d, 0,
                        Measure.of(Metric.HISTORY_POPULARITY_PERCENTILE)));
            }
        }

        void strategies() {
            List<Configuration> configurations = new ArrayList<>();
            for (String model : spec.models()) {
                STRATEGIES.forEach(s -> configurations.add(llm(s, model)));
            }
            BASELINES.forEach(b -> configurations.add(Configuration.of(b)));
            int d = define("strategies", spec.protocol(), configurations);
            for (int c = 0; c < configurations.size(); c++) {
                Configuration configuration = configurations.get(c);
                String series = configuration.isBaseline() ? "Baselines" : configuration.model();
                int x = configuration.isBaseline() ? STRATEGIES.size() + BASELINES.indexOf(configuration.baseline())
                        : STRATEGIES.indexOf(configuration.strategyId());
                points.add(new StudyPoint(series, strategyLabel(configuration), x, d, c, measure));
            }
            if (spec.metric() == Metric.NDCG_10) {
                references.add(new ReferenceSeries(LLMRANK + "Table 2", List.of(
                        new ReferenceSeries.Point(promptLabel(RankingStrategy.SEQUENTIAL), 0, 0.4285),
                        new ReferenceSeries.Point(promptLabel(RankingStrategy.RECENCY), 1, 0.4423),
                        new ReferenceSeries.Point(promptLabel(RankingStrategy.IN_CONTEXT), 2, 0.4583))));
            }
        }

        void sweep() {
            SweepParameter parameter = spec.parameter();
            List<String> values = spec.values();
            if (parameter == null) {
                throw new IllegalArgumentException("A sweep needs the parameter it varies: one of "
                        + String.join(", ", Arrays.stream(SweepParameter.values()).map(SweepParameter::token)
                        .toList()) + ".");
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("A sweep of " + parameter.label() + " needs the values to try,"
                        + " for example 0,0.5,1.");
            }
            List<SweepParameter> varied = new ArrayList<>(List.of(parameter));
            for (SweepAxis axis : spec.panels()) {
                if (varied.contains(axis.parameter())) {
                    throw new IllegalArgumentException("A sweep varies each parameter once; " + axis.parameter()
                            .label() + " is given twice.");
                }
                varied.add(axis.parameter());
            }
            String series = varied.contains(SweepParameter.MODEL) ? promptLabel(spec.strategyId())
                    : spec.models().get(0);
            for (List<String> panelValues : combinations(spec.panels())) {
                Protocol protocol = spec.protocol();
                Configuration configuration = llm();
                List<String> panelLabels = new ArrayList<>();
                for (int a = 0; a < panelValues.size(); a++) {
                    SweepParameter by = spec.panels().get(a).parameter();
                    protocol = by.apply(protocol, panelValues.get(a));
                    configuration = by.apply(configuration, panelValues.get(a));
                    panelLabels.add(by.label(panelValues.get(a)));
                }
                String panel = String.join(", ", panelLabels);
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i).strip();
                    String label = parameter.label(value);
                    int d = define(panel.isEmpty() ? label : panel + ", " + label, parameter.apply(protocol, value),
                            List.of(parameter.apply(configuration, value)));
                    points.add(new StudyPoint(series, label, parameter.x(value, i), d, 0, measure, panel));
                }
            }
        }

        /** Every combination of the panels' values, the first parameter's outermost; one empty one for none. */
        private static List<List<String>> combinations(List<SweepAxis> axes) {
            List<List<String>> combinations = List.of(List.of());
            for (SweepAxis axis : axes) {
                List<List<String>> longer = new ArrayList<>();
                for (List<String> start : combinations) {
                    for (String value : axis.values()) {
                        List<String> next = new ArrayList<>(start);
                        next.add(value);
                        longer.add(next);
                    }
                }
                combinations = longer;
            }
            return combinations;
        }

        private static int whole(String value, String what) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The " + what + " values must be whole numbers; \"" + value
                        + "\" is not one.");
            }
        }
    }

    /** "Sequential", "Recency-focused", "In-context", or the baseline's name. */
    static String strategyLabel(Configuration configuration) {
        return configuration.isBaseline() ? configuration.baseline().label()
                : promptLabel(configuration.strategyId());
    }

    /** LLMRank's names of its prompts; other strategies by id. */
    private static String promptLabel(String strategyId) {
        return switch (strategyId) {
            case RankingStrategy.SEQUENTIAL -> "Sequential";
            case RankingStrategy.RECENCY -> "Recency-focused";
            case RankingStrategy.IN_CONTEXT -> "In-context";
            default -> strategyId;
        };
    }
}
