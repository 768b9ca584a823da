package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.llm4rec.explorer.app.export.ChartScale;

/**
 * Grouped bars, one group per category and one bar per series, with 95% interval whiskers where a bar has one.
 * Baseline groups are drawn in grey with a dashed outline, after a separator.
 */
final class BarChartPane extends ChartPane {
    private final String valueLabel;
    private final boolean percent;
    private List<BarGroup> groups = List.of();

    /**
     * @param valueLabel what the bars measure, along the value axis
     * @param percent    true when values are fractions written as percentages in tooltips
     */
    BarChartPane(String id, String title, String valueLabel, boolean percent) {
        super(id, title);
        this.valueLabel = valueLabel;
        this.percent = percent;
    }

    void setGroups(List<BarGroup> groups) {
        this.groups = List.copyOf(groups);
        redraw();
    }

    List<BarGroup> groups() {
        return groups;
    }

    @Override
    boolean isEmpty() {
        return groups.isEmpty();
    }

    @Override
    void draw(double width, double height) {
        List<String> series = series();
        double low = 0;
        double high = 0;
        for (BarGroup group : groups) {
            for (BarGroup.Bar bar : group.bars()) {
                if (!Double.isFinite(bar.value())) {
                    continue;
                }
                high = Math.max(high, bar.hasInterval() ? bar.high() : bar.value());
                low = Math.min(low, bar.hasInterval() ? bar.low() : bar.value());
            }
        }
        ChartScale scale = ChartScale.covering(low, high, true);
        double top = series.size() > 1 ? TOP + 18 : TOP;
        double bottom = height - BOTTOM;
        yAxis(scale, valueLabel, width, top, bottom);
        if (series.size() > 1) {
            legend(series, width);
        }
        double groupWidth = (width - LEFT - RIGHT) / groups.size();
        double barWidth = Math.min(48, groupWidth * 0.8 / series.size());
        for (int g = 0; g < groups.size(); g++) {
            BarGroup group = groups.get(g);
            double centre = LEFT + groupWidth * (g + 0.5);
            if (group.baseline() && (g == 0 || !groups.get(g - 1).baseline())) {
                add(line(LEFT + groupWidth * g, top, LEFT + groupWidth * g, bottom, "chart-separator"));
            }
            double start = centre - barWidth * series.size() / 2;
            for (BarGroup.Bar bar : group.bars()) {
                if (!Double.isFinite(bar.value())) {
                    continue;
                }
                int s = series.indexOf(bar.series());
                double x = start + s * barWidth;
                drawBar(group, bar, s, series.size() > 1, x, barWidth, scale, top, bottom);
            }
            categoryLabel(group.category(), group.baseline(), centre, groupWidth, bottom + 6);
        }
    }

    private void drawBar(BarGroup group, BarGroup.Bar bar, int seriesIndex, boolean severalSeries, double x,
                         double barWidth, ChartScale scale, double top, double bottom) {
        double span = bottom - top;
        double zero = bottom - scale.fraction(0) * span;
        double y = bottom - scale.fraction(bar.value()) * span;
        Rectangle rect = new Rectangle(x + 1, Math.min(y, zero), Math.max(1, barWidth - 2), Math.abs(zero - y));
        rect.getStyleClass().add("chart-bar");
        // With one series a baseline is grey; with several it keeps its series colour, faded and dashed.
        if (group.baseline()) {
            rect.getStyleClass().addAll(severalSeries ? List.of(seriesClass(seriesIndex), "baseline-series")
                    : List.of("baseline"));
        } else {
            rect.getStyleClass().add(seriesClass(seriesIndex));
        }
        rect.setUserData(bar);
        String interval = bar.hasInterval() ? " (95% interval " + format(bar.low()) + " – " + format(bar.high()) + ")"
                : "";
        tooltip(rect, group.category() + (group.baseline() ? " (baseline)" : "") + "\n" + bar.series() + ": "
                + format(bar.value()) + interval);
        add(rect);
        if (bar.hasInterval()) {
            double mid = x + barWidth / 2;
            double yLow = bottom - scale.fraction(bar.low()) * span;
            double yHigh = bottom - scale.fraction(bar.high()) * span;
            double cap = Math.min(8, barWidth / 3);
            add(line(mid, yLow, mid, yHigh, "chart-whisker"));
            add(line(mid - cap, yLow, mid + cap, yLow, "chart-whisker"));
            add(line(mid - cap, yHigh, mid + cap, yHigh, "chart-whisker"));
        }
    }

    private void legend(List<String> series, double width) {
        double x = width - RIGHT;
        for (int s = series.size() - 1; s >= 0; s--) {
            Text name = text(series.get(s), 0, TOP - 4, "chart-text");
            x -= name.getLayoutBounds().getWidth();
            name.setX(x);
            Rectangle swatch = new Rectangle(x - 14, TOP - 2, 10, 10);
            swatch.getStyleClass().addAll("chart-bar", seriesClass(s));
            add(name);
            add(swatch);
            x -= 26;
        }
    }

    private String format(double value) {
        return percent ? ChartFormat.percent(value) : ChartFormat.metric(value);
    }

    private List<String> series() {
        Set<String> names = new LinkedHashSet<>();
        groups.forEach(group -> group.bars().forEach(bar -> names.add(bar.series())));
        return new ArrayList<>(names);
    }
}
