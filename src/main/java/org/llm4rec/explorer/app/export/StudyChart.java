package org.llm4rec.explorer.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.domain.study.ReferenceSeries;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyOutcome;

/**
 * Where a study's chart puts things, shared by the window's chart and the exported picture: one small chart per
 * panel side by side, all on the same y axis (so that heights compare across panels) and the same x range.
 * Categories (orders, strategies, models, template versions) are spaced evenly with half a slot of room at either
 * end, so that the first and last labels are not cut; numbers (K, positions, temperatures) stand at their values.
 */
public final class StudyChart {
    /** Room between two panels, in pixels. */
    private static final double PANEL_GAP = 18;

    private final StudyOutcome outcome;
    private final ChartScale y;
    private final double minX;
    private final double maxX;
    private final boolean categorical;

    public StudyChart(StudyOutcome outcome) {
        this.outcome = outcome;
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (StudyOutcome.Curve curve : outcome.curves()) {
            for (StudyOutcome.CurvePoint p : curve.points()) {
                xs.add(p.x());
                if (p.estimate().users() > 0) {
                    ys.add(p.estimate().low());
                    ys.add(p.estimate().high());
                }
            }
        }
        for (ReferenceSeries r : outcome.study().references()) {
            r.points().forEach(p -> {
                xs.add(p.x());
                ys.add(p.value());
            });
        }
        minX = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        maxX = xs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        y = ChartScale.covering(ys.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                ys.stream().mapToDouble(Double::doubleValue).max().orElse(1), true);
        StudyKind kind = outcome.study().spec().kind();
        categorical = kind == StudyKind.ORDER || kind == StudyKind.STRATEGIES
                || kind == StudyKind.SWEEP && !outcome.study().spec().parameter().numeric();
    }

    public StudyOutcome outcome() {
        return outcome;
    }

    /** The y axis every panel shares. */
    public ChartScale y() {
        return y;
    }

    /** The panels' names in drawing order; one empty name for a study drawn as one chart. */
    public List<String> panels() {
        return outcome.study().panels();
    }

    /** What the y axis shows. */
    public String measure() {
        return outcome.curves().get(0).measure();
    }

    /**
     * The panels laid out side by side between these pixel columns. Side by side, numbers at the ends of one panel
     * stand back from its edges, so that its last label does not run into the next panel's first.
     */
    public List<Panel> layout(double left, double right) {
        List<String> names = panels();
        double width = (right - left - PANEL_GAP * (names.size() - 1)) / names.size();
        double inset = categorical || names.size() == 1 ? 0 : Math.min(40, width / 6);
        List<Panel> panels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double from = left + i * (width + PANEL_GAP);
            panels.add(categorical ? new Panel(names.get(i), outcome.curvesOf(names.get(i)), minX - 0.5, maxX + 0.5,
                    from, from + width, true)
                    : new Panel(names.get(i), outcome.curvesOf(names.get(i)), minX, maxX, from + inset,
                    from + width - inset, false));
        }
        return panels;
    }

    /**
     * One small chart: its curves and where an x value is drawn in it.
     *
     * @param name   the panel's name, empty for a study drawn as one chart
     * @param curves its curves in drawing order
     */
    public record Panel(String name, List<StudyOutcome.Curve> curves, double min, double max, double left,
                        double right, boolean categorical) {
        public double at(double x) {
            return max == min ? (left + right) / 2 : left + (x - min) / (max - min) * (right - left);
        }

        /**
         * The width a label under the axis may take: a category's share, or for numbers the room to the nearest
         * other value (at least 60 pixels, as labels wrap onto two lines, and at most 110).
         */
        public double slot() {
            if (categorical) {
                return (right - left) / Math.max(1, max - min);
            }
            List<Double> xs = ticks().values().stream().map(this::at).sorted().toList();
            double room = 110;
            for (int i = 1; i < xs.size(); i++) {
                room = Math.min(room, xs.get(i) - xs.get(i - 1));
            }
            return Math.max(60, room);
        }

        /** The x labels under the axis, each once, by their x value, in drawing order. */
        public Map<String, Double> ticks() {
            Map<String, Double> ticks = new LinkedHashMap<>();
            curves.forEach(c -> c.points().forEach(p -> ticks.putIfAbsent(p.xLabel(), p.x())));
            return ticks;
        }
    }
}
