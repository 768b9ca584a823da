package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.shape.Circle;
import org.llm4rec.explorer.app.export.ChartScale;
import org.llm4rec.explorer.domain.experiment.Estimate;

/**
 * Ranking quality against explanation quality: one point per configuration, across the ranking metric and up the
 * model judge's mean score (1–5), each with its 95% interval as a whisker, so that a configuration that ranks well
 * but explains badly (or the reverse) stands out.
 */
final class QualityChartPane extends ChartPane {
    private static final double CAP = 4;
    private List<QualityPoint> points = List.of();
    private String rankingLabel = "";
    private String judgeLabel = "";

    QualityChartPane(String id, String title) {
        super(id, title);
    }

    void setPoints(List<QualityPoint> points, String rankingLabel, String judgeLabel) {
        this.points = List.copyOf(points);
        this.rankingLabel = rankingLabel;
        this.judgeLabel = judgeLabel;
        redraw();
    }

    /** Whose scores these are, so that a saved picture says it too. */
    @Override
    String heading(String title) {
        return judgeLabel.isEmpty() ? title : title + " · " + judgeLabel;
    }

    List<QualityPoint> points() {
        return points;
    }

    @Override
    boolean isEmpty() {
        return points.isEmpty();
    }

    @Override
    void draw(double width, double height) {
        double top = TOP;
        double bottom = height - BOTTOM;
        double right = width - RIGHT;
        ChartScale y = ChartScale.covering(1, 5, false);
        ChartScale x = ChartScale.covering(0, points.stream().mapToDouble(p -> upper(p.ranking()))
                .filter(Double::isFinite).max().orElse(1), true);
        yAxis(y, "mean score (1–5)", width, top, bottom);
        xAxis(x, rankingLabel + " (mean over users)", top, bottom, right);
        List<Bounds> taken = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            QualityPoint p = points.get(i);
            if (!Double.isFinite(p.ranking().mean()) || !Double.isFinite(p.judged().mean())) {
                continue;
            }
            double px = LEFT + x.fraction(p.ranking().mean()) * (right - LEFT);
            double py = bottom - y.fraction(p.judged().mean()) * (bottom - top);
            if (Double.isFinite(p.ranking().low()) && Double.isFinite(p.ranking().high())) {
                double from = LEFT + x.fraction(p.ranking().low()) * (right - LEFT);
                double to = LEFT + x.fraction(p.ranking().high()) * (right - LEFT);
                add(line(from, py, to, py, "chart-whisker"));
                add(line(from, py - CAP, from, py + CAP, "chart-whisker"));
                add(line(to, py - CAP, to, py + CAP, "chart-whisker"));
            }
            double low = bottom - y.fraction(p.judged().low()) * (bottom - top);
            double high = bottom - y.fraction(p.judged().high()) * (bottom - top);
            add(line(px, low, px, high, "chart-whisker"));
            add(line(px - CAP, low, px + CAP, low, "chart-whisker"));
            add(line(px - CAP, high, px + CAP, high, "chart-whisker"));
            Circle mark = new Circle(px, py, 5);
            mark.getStyleClass().addAll("chart-point", seriesClass(i));
            mark.setUserData(p);
            tooltip(mark, p.label() + "\n" + rankingLabel + " " + interval(p.ranking()) + "\nmean score "
                    + interval(p.judged()) + ", " + judgeLabel + "\nover " + p.judged().users() + " users with"
                    + " judged explanations");
            add(mark);
            pointLabel(p.label(), px, py, right, taken);
        }
    }

    private static double upper(Estimate e) {
        return Double.isFinite(e.high()) ? e.high() : e.mean();
    }

    private static String interval(Estimate e) {
        return ChartFormat.metric(e.mean()) + " (95% interval " + ChartFormat.metric(e.low()) + " – "
                + ChartFormat.metric(e.high()) + ")";
    }
}
