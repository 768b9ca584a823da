package org.llm4rec.explorer.ui.experiment;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.llm4rec.explorer.app.export.ChartScale;

/** Quality against cost per configuration, with the Pareto front (nothing both cheaper and better) drawn. */
final class ParetoChartPane extends ChartPane {
    private final String qualityLabel;
    private String costLabel = "";
    private List<CostPoint> points = List.of();

    ParetoChartPane(String id, String title, String qualityLabel) {
        super(id, title);
        this.qualityLabel = qualityLabel;
    }

    void setPoints(List<CostPoint> points, String costLabel) {
        this.points = List.copyOf(points);
        this.costLabel = costLabel;
        redraw();
    }

    /**
     * The label to write beside each point: points drawn on the same spot (baselines often all cost nothing and
     * score alike) share one label naming them all; the others get none.
     */
    private java.util.Map<String, String> sharedNames(ChartScale x, ChartScale y, double right, double top,
                                                     double bottom) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        List<double[]> spots = new java.util.ArrayList<>();
        List<String> firsts = new java.util.ArrayList<>();
        for (CostPoint p : points) {
            double px = LEFT + x.fraction(p.cost()) * (right - LEFT);
            double py = bottom - y.fraction(p.quality()) * (bottom - top);
            int near = -1;
            for (int i = 0; i < spots.size(); i++) {
                if (Math.hypot(spots.get(i)[0] - px, spots.get(i)[1] - py) < 8) {
                    near = i;
                    break;
                }
            }
            if (near < 0) {
                spots.add(new double[] {px, py});
                firsts.add(p.label());
                names.put(p.label(), p.label());
            } else {
                String first = firsts.get(near);
                names.put(first, names.get(first) + ", " + p.label());
                names.put(p.label(), "");
            }
        }
        return names;
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
        ChartScale y = ChartScale.covering(0, points.stream().mapToDouble(CostPoint::quality)
                .filter(Double::isFinite).max().orElse(1), true);
        ChartScale x = ChartScale.covering(0, points.stream().mapToDouble(CostPoint::cost)
                .filter(Double::isFinite).max().orElse(1), true);
        yAxis(y, qualityLabel, width, top, bottom);
        xAxis(x, costLabel, top, bottom, right);

        List<CostPoint> front = CostPoint.paretoFront(points);
        // Drawn as steps: from each front point, paying more buys nothing until the next one; after the last,
        // nothing better is on offer at any cost.
        Polyline line = new Polyline();
        double lastY = Double.NaN;
        for (CostPoint p : front) {
            double px = LEFT + x.fraction(p.cost()) * (right - LEFT);
            double py = bottom - y.fraction(p.quality()) * (bottom - top);
            if (!Double.isNaN(lastY)) {
                line.getPoints().addAll(px, lastY);
            }
            line.getPoints().addAll(px, py);
            lastY = py;
        }
        if (!front.isEmpty()) {
            line.getPoints().addAll(right, lastY);
        }
        line.getStyleClass().add("chart-front");
        tooltip(line, "Pareto front: no configuration is both cheaper and better than the ones on it");
        add(line);
        List<javafx.geometry.Bounds> taken = new java.util.ArrayList<>();
        java.util.Map<String, String> names = sharedNames(x, y, right, top, bottom);
        for (int i = 0; i < points.size(); i++) {
            CostPoint p = points.get(i);
            if (!Double.isFinite(p.cost()) || !Double.isFinite(p.quality())) {
                continue;
            }
            double px = LEFT + x.fraction(p.cost()) * (right - LEFT);
            double py = bottom - y.fraction(p.quality()) * (bottom - top);
            Node mark = p.baseline() ? new Rectangle(px - 4, py - 4, 8, 8) : new Circle(px, py, 5);
            mark.getStyleClass().addAll("chart-point", p.baseline() ? "baseline" : seriesClass(i));
            if (front.contains(p)) {
                mark.getStyleClass().add("on-front");
            }
            mark.setUserData(p);
            tooltip(mark, p.label() + (p.baseline() ? " (baseline)" : "") + "\n" + qualityLabel + " "
                    + ChartFormat.metric(p.quality()) + "\n" + costLabel + " " + ChartFormat.number(p.cost(), 1)
                    + (front.contains(p) ? "\non the Pareto front" : ""));
            add(mark);
            String shared = names.get(p.label());
            if (shared.isEmpty()) {
                continue;
            }
            // Points close together (baselines all cost nothing) get their names stacked, not overprinted.
            pointLabel(shared, px, py, right, taken);
        }
    }
}
