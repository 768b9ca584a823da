package org.llm4rec.explorer.ui.experiment;

import java.util.List;

/**
 * One category of a bar chart (a configuration, a segment) with a bar per series.
 *
 * @param category what the group is, written under it
 * @param baseline true for a baseline, drawn apart so that every LLM number has its yardstick in sight
 * @param bars     the bars, one per series, in series order
 */
public record BarGroup(String category, boolean baseline, List<Bar> bars) {
    public BarGroup {
        bars = List.copyOf(bars);
    }

    /**
     * One bar.
     *
     * @param series which series it belongs to (a metric, "recommended" or "history", a configuration)
     * @param value  its height
     * @param low    lower end of its 95% interval, NaN when it has none
     * @param high   upper end of its 95% interval, NaN when it has none
     */
    public record Bar(String series, double value, double low, double high) {
        public static Bar of(String series, double value) {
            return new Bar(series, value, Double.NaN, Double.NaN);
        }

        public boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }
}
