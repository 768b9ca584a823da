package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.study.ReferenceSeries;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyOutcome;

/**
 * A study's curves: one line per series through its means, each point with its 95% interval as a whisker, and the
 * published figures as a dashed line labelled with their source. Categories (orders, strategies, models) are
 * spaced evenly; numbers (K, positions, temperatures) stand at their values.
 */
final class StudyChartPane extends ChartPane {
    private StudyOutcome outcome;

    StudyChartPane() {
        super("studyChart", "Mean over users with its 95% interval");
        setPrefSize(760, 290);
    }

    void show(StudyOutcome shown) {
        outcome = shown;
        redraw();
    }

    @Override
    boolean isEmpty() {
        return outcome == null;
    }

    private boolean categorical() {
        StudyKind kind = outcome.study().spec().kind();
        return kind == StudyKind.ORDER || kind == StudyKind.STRATEGIES
                || kind == StudyKind.SWEEP && !outcome.study().spec().parameter().numeric();
    }

    @Override
    void draw(double width, double height) {
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
        double minX = xs.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double maxX = xs.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        ChartScale y = ChartScale.covering(ys.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                ys.stream().mapToDouble(Double::doubleValue).max().orElse(1), true);
        double top = TOP + 22;
        double bottom = height - BOTTOM;
        double left = LEFT + 16;
        double right = width - RIGHT - 16;
        yAxis(y, outcome.curves().get(0).measure(), width, top, bottom);
        // Categories get half a slot of room at either end, so that the first and last labels are not cut.
        XMap x = categorical() ? new XMap(minX - 0.5, maxX + 0.5, left, right, true)
                : new XMap(minX, maxX, left, right, false);
        axisLabels(x, bottom);
        int index = 0;
        double legendX = LEFT;
        for (StudyOutcome.Curve curve : outcome.curves()) {
            String colour = seriesClass(index++);
            Polyline line = add(new Polyline());
            line.getStyleClass().addAll("study-line", colour);
            for (StudyOutcome.CurvePoint p : curve.points()) {
                Estimate e = p.estimate();
                if (e.users() == 0) {
                    continue;
                }
                double px = x.at(p.x());
                double py = bottom - y.fraction(e.mean()) * (bottom - top);
                line.getPoints().addAll(px, py);
                add(line(px, bottom - y.fraction(e.low()) * (bottom - top), px,
                        bottom - y.fraction(e.high()) * (bottom - top), "chart-whisker"));
                Circle dot = add(new Circle(px, py, 4.5));
                dot.getStyleClass().addAll("chart-point", colour);
                tooltip(dot, curve.series() + " · " + p.xLabel() + "\n" + curve.measure() + ": "
                        + ChartFormat.number(e.mean(), 3) + " (95% interval " + ChartFormat.number(e.low(), 3)
                        + "–" + ChartFormat.number(e.high(), 3) + ", " + e.users() + " users)");
            }
            legendX = legend(legendX, curve.series(), colour, false);
        }
        for (ReferenceSeries reference : outcome.study().references()) {
            Polyline dashed = add(new Polyline());
            dashed.getStyleClass().add("study-reference");
            for (ReferenceSeries.Point p : reference.points()) {
                double px = x.at(p.x());
                double py = bottom - y.fraction(p.value()) * (bottom - top);
                dashed.getPoints().addAll(px, py);
                Circle dot = add(new Circle(px, py, 3.5));
                dot.getStyleClass().add("study-reference-point");
                tooltip(dot, reference.label() + " · " + p.xLabel() + ": " + ChartFormat.number(p.value(), 3)
                        + "\nAnother model and sample: for reference, not a target.");
            }
            legendX = legend(legendX, reference.label(), "study-reference", true);
        }
    }

    /** One legend entry at the top; returns where the next one starts. */
    private double legend(double at, String name, String styleClass, boolean dashed) {
        double y = TOP + 2;
        if (dashed) {
            Line sample = add(line(at, y + 7, at + 22, y + 7, styleClass));
            sample.getStyleClass().add("study-reference");
        } else {
            Circle sample = add(new Circle(at + 11, y + 7, 4.5));
            sample.getStyleClass().addAll("chart-point", styleClass);
        }
        Text label = add(text(name, at + 28, y, "chart-text"));
        return at + 28 + label.getLayoutBounds().getWidth() + 18;
    }

    private void axisLabels(XMap x, double bottom) {
        List<String> seen = new ArrayList<>();
        for (StudyOutcome.Curve curve : outcome.curves()) {
            for (StudyOutcome.CurvePoint p : curve.points()) {
                if (seen.contains(p.xLabel())) {
                    continue;
                }
                seen.add(p.xLabel());
                double px = x.at(p.x());
                add(line(px, bottom, px, bottom + 4, "chart-grid"));
                categoryLabel(p.xLabel(), false, px, x.slot(), bottom + 8);
            }
        }
        Text axis = add(text(outcome.study().spec().kind().axis(), 0, bottom + 32, "chart-axis-label"));
        axis.setX((LEFT + x.right) / 2 - axis.getLayoutBounds().getWidth() / 2);
    }

    /** Where an x value is drawn. */
    private record XMap(double min, double max, double left, double right, boolean categorical) {
        double at(double x) {
            return max == min ? (left + right) / 2 : left + (x - min) / (max - min) * (right - left);
        }

        /** The width a label may take. */
        double slot() {
            return categorical ? (right - left) / Math.max(1, max - min) : 60;
        }
    }
}
