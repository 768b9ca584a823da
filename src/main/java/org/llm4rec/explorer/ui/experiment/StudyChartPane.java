package org.llm4rec.explorer.ui.experiment;

import java.util.List;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import org.llm4rec.explorer.app.export.ChartScale;
import org.llm4rec.explorer.app.export.StudyChart;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.study.ReferenceSeries;
import org.llm4rec.explorer.domain.study.StudyOutcome;

/**
 * A study's curves: one line per series through its means, each point with its 95% interval as a whisker, and the
 * published figures as a dashed line labelled with their source. A sweep of several parameters is drawn as small
 * multiples: one chart per panel, side by side on one y axis. The layout is {@link StudyChart}'s, which the
 * exported picture shares.
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

    @Override
    void draw(double width, double height) {
        StudyChart chart = new StudyChart(outcome);
        ChartScale y = chart.y();
        boolean titled = outcome.hasPanels();
        double top = TOP + 22 + (titled ? 20 : 0);
        double bottom = height - BOTTOM;
        yAxis(y, chart.measure(), width, top, bottom);
        List<String> series = outcome.study().series();
        List<StudyChart.Panel> panels = chart.layout(LEFT + 16, width - RIGHT - 16);
        for (StudyChart.Panel panel : panels) {
            if (titled) {
                Text name = add(text(fit(panel.name(), panel.right() - panel.left(), "study-panel-title"), 0,
                        TOP + 24, "study-panel-title"));
                name.setX((panel.left() + panel.right()) / 2 - name.getLayoutBounds().getWidth() / 2);
                tooltip(name, panel.name());
            }
            panel.ticks().forEach((label, x) -> {
                double px = panel.at(x);
                add(line(px, bottom, px, bottom + 4, "chart-grid"));
                categoryLabel(label, false, px, panel.slot(), bottom + 8);
            });
            for (StudyOutcome.Curve curve : panel.curves()) {
                drawCurve(curve, panel, seriesClass(series.indexOf(curve.series())), y, top, bottom);
            }
            for (ReferenceSeries reference : outcome.study().references()) {
                drawReference(reference, panel, y, top, bottom);
            }
        }
        double legendX = LEFT;
        for (int i = 0; i < series.size(); i++) {
            legendX = legend(legendX, series.get(i), seriesClass(i), false);
        }
        for (ReferenceSeries reference : outcome.study().references()) {
            legendX = legend(legendX, reference.label(), "study-reference", true);
        }
        Text axis = add(text(outcome.study().axis(), 0, bottom + 32, "chart-axis-label"));
        axis.setX((LEFT + width - RIGHT) / 2 - axis.getLayoutBounds().getWidth() / 2);
    }

    private void drawCurve(StudyOutcome.Curve curve, StudyChart.Panel panel, String colour, ChartScale y, double top,
                           double bottom) {
        Polyline line = add(new Polyline());
        line.getStyleClass().addAll("study-line", colour);
        for (StudyOutcome.CurvePoint p : curve.points()) {
            Estimate e = p.estimate();
            if (e.users() == 0) {
                continue;
            }
            double px = panel.at(p.x());
            double py = bottom - y.fraction(e.mean()) * (bottom - top);
            line.getPoints().addAll(px, py);
            add(line(px, bottom - y.fraction(e.low()) * (bottom - top), px,
                    bottom - y.fraction(e.high()) * (bottom - top), "chart-whisker"));
            Circle dot = add(new Circle(px, py, 4.5));
            dot.getStyleClass().addAll("chart-point", colour);
            tooltip(dot, curve.series() + " · " + (panel.name().isEmpty() ? "" : panel.name() + " · ") + p.xLabel()
                    + "\n" + curve.measure() + ": " + ChartFormat.number(e.mean(), 3) + " (95% interval "
                    + ChartFormat.number(e.low(), 3) + "–" + ChartFormat.number(e.high(), 3) + ", " + e.users()
                    + " users)");
        }
    }

    private void drawReference(ReferenceSeries reference, StudyChart.Panel panel, ChartScale y, double top,
                               double bottom) {
        Polyline dashed = add(new Polyline());
        dashed.getStyleClass().add("study-reference");
        for (ReferenceSeries.Point p : reference.points()) {
            double px = panel.at(p.x());
            double py = bottom - y.fraction(p.value()) * (bottom - top);
            dashed.getPoints().addAll(px, py);
            Circle dot = add(new Circle(px, py, 3.5));
            dot.getStyleClass().add("study-reference-point");
            tooltip(dot, reference.label() + " · " + p.xLabel() + ": " + ChartFormat.number(p.value(), 3)
                    + "\nAnother model and sample: for reference, not a target.");
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
}
