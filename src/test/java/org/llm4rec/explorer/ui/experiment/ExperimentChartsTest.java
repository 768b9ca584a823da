package org.llm4rec.explorer.ui.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentAnalysis;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.Outcome;
import org.llm4rec.explorer.domain.experiment.PopularityFigures;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.experiment.Validity;

class ExperimentChartsTest {
    private final Configuration model = Configuration.llm("llmrank-sequential", "llama3.2:3b",
            GenerationOptions.defaults(), PromptSettings.defaults());
    private final Configuration popularity = Configuration.of(Baseline.POPULARITY);
    private final ExperimentDefinition definition = new ExperimentDefinition("E", "ml", UserSample.random(3, 1),
            Protocol.leaveLastOneOut(), List.of(model, popularity), 2);

    /** The target at the given rank (1 = first), or not listed at 0. */
    private UserResult result(Configuration c, int repeat, String user, int interactions, int rank, Integer tokens) {
        List<String> ranked = List.of("a", "b", "c", "d");
        String target = rank == 0 ? "z" : ranked.get(rank - 1);
        return new UserResult(c.key(), repeat, user, Outcome.COMPLETED, null, ranked, List.of(target), interactions,
                new Validity(4, 0, 0, 0, 0), new PopularityFigures(30.0, 60.0, 2.0), null, null, tokens,
                tokens == null ? null : 10, "");
    }

    private ExperimentReport report() {
        return ExperimentAnalysis.report("run", definition, 3, Map.of(), List.of(
                result(model, 0, "u1", 4, 1, 90), result(model, 1, "u1", 4, 0, 110),
                result(model, 0, "u2", 30, 2, 100), result(model, 1, "u2", 30, 2, 100),
                result(popularity, 0, "u1", 4, 0, null), result(popularity, 0, "u2", 30, 1, null)), 50);
    }

    private final ExperimentCharts charts = new ExperimentCharts(report(), c -> c.isBaseline() ? "Pop" : "LLM");

    @Test
    void barsCarryTheMeanAndItsIntervalAndMarkBaselines() {
        List<BarGroup> bars = charts.metric(Metric.HR_1);
        assertThat(bars).extracting(BarGroup::category, BarGroup::baseline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LLM", false),
                        org.assertj.core.groups.Tuple.tuple("Pop", true));
        BarGroup.Bar llm = bars.get(0).bars().get(0);
        assertThat(llm.value()).isEqualTo(0.25);
        assertThat(llm.hasInterval()).isTrue();
        assertThat(llm.low()).isLessThanOrEqualTo(llm.value());
        assertThat(llm.high()).isGreaterThanOrEqualTo(llm.value());
    }

    @Test
    void perUserValuesAreAveragedOverRepeats() {
        List<StripColumn> columns = charts.perUser(Metric.HR_1);
        assertThat(columns.get(0).users()).containsExactly(new StripColumn.UserValue("u1", 0.5),
                new StripColumn.UserValue("u2", 0.0));
        assertThat(columns.get(1).baseline()).isTrue();
    }

    @Test
    void costIsTokensInAndOutPerUserAndNothingForABaseline() {
        List<CostPoint> points = charts.cost(ExperimentCharts.Cost.TOKENS);
        assertThat(points.get(0).cost()).isEqualTo(100 + 10);
        assertThat(points.get(1).cost()).isZero();
        assertThat(points.get(1).baseline()).isTrue();
    }

    @Test
    void popularityPairsRecommendationsWithHistories() {
        assertThat(charts.popularity().get(0).bars()).extracting(BarGroup.Bar::series, BarGroup.Bar::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ExperimentCharts.RECOMMENDED, 30.0),
                        org.assertj.core.groups.Tuple.tuple(ExperimentCharts.HISTORY, 60.0));
    }

    @Test
    void segmentsGroupUsersByHistoryLengthWithABarPerConfiguration() {
        assertThat(ExperimentCharts.historyBuckets()).containsExactly("≤ 5", "6–20", "21–50", "51–200", "> 200");
        assertThat(ExperimentCharts.historyBucket(5)).isEqualTo("≤ 5");
        assertThat(ExperimentCharts.historyBucket(201)).isEqualTo("> 200");

        List<BarGroup> groups = charts.segments(Metric.HR_1,
                r -> ExperimentCharts.historyBucket(r.historyLength()), ExperimentCharts.historyBuckets());

        assertThat(groups).extracting(BarGroup::category).containsExactly("≤ 5 (1 users)", "21–50 (1 users)");
        assertThat(groups.get(0).bars()).extracting(BarGroup.Bar::series, BarGroup.Bar::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LLM", 0.5),
                        org.assertj.core.groups.Tuple.tuple("◇ Pop", 0.0));
        assertThat(groups.get(1).bars().get(1).value()).isEqualTo(1.0);
    }
}
