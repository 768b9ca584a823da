package org.llm4rec.explorer.domain.study;

import java.util.List;
import java.util.Objects;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;

/**
 * What a study is asked: its kind, the users and protocol every point shares, the model(s) and strategy, and the
 * values its x axis takes. Left out (null or empty), a field takes the study's usual value.
 *
 * @param kind            the study
 * @param datasetId       the dataset (must have interactions)
 * @param sample          which users (default 100 random users, seed 42)
 * @param protocol        the protocol every point starts from (default LLMRank's: leave-last-one-out, M=20, K=50)
 * @param models          the model(s); a study of strategies runs each, the others the first
 * @param strategyId      the ranking strategy (default LLMRank's sequential prompt); a study of strategies runs
 *                        its own three
 * @param options         generation options (default the app's)
 * @param metric          the accuracy metric on the y axis (default NDCG@10); popularity studies use their own
 * @param values          the x values (default per kind: K = 5, 10, 20, 50; positions 1, 5, 10, 15, 20)
 * @param parameter       what a sweep varies along each curve (sweeps only)
 * @param panels          further parameters of a sweep: one small chart per combination of their values (none:
 *                        one chart)
 * @param bootstrapOrders B for the study of position bias (default 3; 1 leaves the bootstrapped curve out)
 * @param repeats         runs per user of every LLM configuration (default 1)
 */
public record StudySpec(StudyKind kind, String datasetId, UserSample sample, Protocol protocol, List<String> models,
                        String strategyId, GenerationOptions options, Metric metric, List<String> values,
                        SweepParameter parameter, List<SweepAxis> panels, int bootstrapOrders, int repeats) {
    public StudySpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(datasetId, "datasetId");
        sample = sample == null ? UserSample.random(100, 42) : sample;
        protocol = protocol == null ? Protocol.leaveLastOneOut() : protocol;
        models = models == null ? List.of() : List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("A study needs a model to ask.");
        }
        strategyId = strategyId == null ? RankingStrategy.SEQUENTIAL : strategyId;
        options = options == null ? GenerationOptions.defaults() : options;
        metric = metric == null ? Metric.NDCG_10 : metric;
        values = values == null || values.isEmpty() ? defaultValues(kind) : List.copyOf(values);
        panels = panels == null ? List.of() : List.copyOf(panels);
        if (!panels.isEmpty() && kind != StudyKind.SWEEP) {
            throw new IllegalArgumentException("Only a sweep draws panels; " + kind.title() + " has its own axes.");
        }
        bootstrapOrders = bootstrapOrders == 0 ? 3 : bootstrapOrders;
        repeats = repeats == 0 ? 1 : repeats;
    }

    /** A study of this kind with its usual settings. */
    public static StudySpec of(StudyKind kind, String datasetId, UserSample sample, String model) {
        return new StudySpec(kind, datasetId, sample, null, List.of(model), null, null, null, null, null, null, 0, 0);
    }

    public StudySpec withValues(List<String> changed) {
        return new StudySpec(kind, datasetId, sample, protocol, models, strategyId, options, metric, changed,
                parameter, panels, bootstrapOrders, repeats);
    }

    public StudySpec withSweep(SweepParameter varied, List<String> changed) {
        return new StudySpec(kind, datasetId, sample, protocol, models, strategyId, options, metric, changed, varied,
                panels, bootstrapOrders, repeats);
    }

    /** The sweep drawn as small multiples, one chart per combination of these parameters' values. */
    public StudySpec withPanels(List<SweepAxis> changed) {
        return new StudySpec(kind, datasetId, sample, protocol, models, strategyId, options, metric, values,
                parameter, changed, bootstrapOrders, repeats);
    }

    public StudySpec withModels(List<String> changed) {
        return new StudySpec(kind, datasetId, sample, protocol, changed, strategyId, options, metric, values,
                parameter, panels, bootstrapOrders, repeats);
    }

    private static List<String> defaultValues(StudyKind kind) {
        return switch (kind) {
            case HISTORY_LENGTH, POPULARITY_BIAS -> List.of("5", "10", "20", "50");
            case POSITION_BIAS -> List.of("1", "5", "10", "15", "20");
            case ORDER, STRATEGIES, SWEEP -> List.of();
        };
    }
}
