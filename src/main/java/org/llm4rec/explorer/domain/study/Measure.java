package org.llm4rec.explorer.domain.study;

import java.util.List;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.PopularityTable;
import org.llm4rec.explorer.domain.experiment.UserResult;

/** What a study's curve shows for each user: one of the experiment metrics, or the popularity of the first pick. */
public sealed interface Measure {
    String label();

    /** The user's value, null when not measured (a failed run, an empty list). */
    Double of(UserResult result, PopularityTable popularity);

    /** True for the measures that make the published reference figures comparable (accuracy in 0–1). */
    default boolean isMetric(Metric metric) {
        return this instanceof OfMetric m && m.metric() == metric;
    }

    static Measure of(Metric metric) {
        return new OfMetric(metric);
    }

    record OfMetric(Metric metric) implements Measure {
        @Override
        public String label() {
            return metric.label();
        }

        @Override
        public Double of(UserResult result, PopularityTable popularity) {
            return metric.of(result);
        }
    }

    /**
     * The popularity percentile (0–100) of the item ranked first: LLMRank looks at the top of the list, where a
     * full ranking of the candidates would otherwise just average the candidates.
     */
    record FirstPickPopularity() implements Measure {
        @Override
        public String label() {
            return "Popularity percentile of the first pick";
        }

        @Override
        public Double of(UserResult result, PopularityTable popularity) {
            List<String> ranked = result.ranked();
            return ranked.isEmpty() ? null : popularity.percentile(ranked.get(0));
        }
    }
}
