package org.llm4rec.explorer.ui.experiment;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

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

    private static boolean overlaps(List<javafx.geometry.Bounds> taken, Text name) {
        return taken.stream().anyMatch(b -> b.intersects(name.getBoundsInParent()));
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
        for (double tick : x.ticks()) {
            double px = LEFT + x.fraction(tick) * (right - LEFT);
            add(line(px, top, px, bottom, "chart-grid"));
            Text t = text(x.label(tick), 0, bottom + 4, "chart-text");
            t.setX(px - t.getLayoutBounds().getWidth() / 2);
            add(t);
        }
        Text axis = text(costLabel, 0, bottom + 22, "chart-axis-label");
        axis.setX((LEFT + right) / 2 - axis.getLayoutBounds().getWidth() / 2);
        add(axis);

        List<CostPoint> front = CostPoint.paretoFront(points);
        Polyline line = new Polyline();
        for (CostPoint p : front) {
            line.getPoints().addAll(LEFT + x.fraction(p.cost()) * (right - LEFT),
                    bottom - y.fraction(p.quality()) * (bottom - top));
        }
        line.getStyleClass().add("chart-front");
        tooltip(line, "Pareto front: no other configuration is both cheaper and better");
        add(line);
        List<javafx.geometry.Bounds> taken = new java.util.ArrayList<>();
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
            Text name = text(fit(p.label(), 160, "chart-text"), px + 7, py - 16, "chart-text");
            if (name.getX() + name.getLayoutBounds().getWidth() > right) {
                name.setX(px - 7 - name.getLayoutBounds().getWidth());
            }
            // Points close together (baselines all cost nothing) get their names stacked, not overprinted.
            while (overlaps(taken, name)) {
                name.setY(name.getY() + name.getLayoutBounds().getHeight());
            }
            taken.add(name.getBoundsInParent());
            add(name);
        }
    }
}
