package org.llm4rec.explorer.ui.experiment;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.llm4rec.explorer.app.export.ChartScale;

/**
 * A chart drawn from shapes that take their colours from the theme's looked-up colours (see explorer.css), so
 * it reads in the light and the dark theme alike; every mark carries a tooltip with its exact numbers.
 */
abstract class ChartPane extends Region {
    static final double LEFT = 58;
    static final double RIGHT = 16;
    static final double TOP = 34;
    static final double BOTTOM = 48;

    private final Group plot = new Group();
    private final String title;

    ChartPane(String id, String title) {
        this.title = title;
        setId(id);
        getStyleClass().add("experiment-chart");
        setMinSize(240, 180);
        setPrefSize(480, 300);
        plot.setManaged(false);
        getChildren().add(plot);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        widthProperty().addListener((o, old, w) -> redraw());
        heightProperty().addListener((o, old, h) -> redraw());
    }

    /** Draws again from the current data and size. */
    final void redraw() {
        plot.getChildren().clear();
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        add(text(fit(heading(title), width - 20, "chart-title"), 10, 8, "chart-title"));
        if (isEmpty()) {
            Text none = text("No results yet", width / 2, height / 2, "chart-text");
            none.setTextAlignment(TextAlignment.CENTER);
            none.setX(width / 2 - none.getLayoutBounds().getWidth() / 2);
            add(none);
            return;
        }
        draw(width, height);
    }

    /** The line above the chart: its title, and what else a saved picture must say about what it shows. */
    String heading(String title) {
        return title;
    }

    abstract boolean isEmpty();

    /** Draws the marks into a plot area of this size; add each node with {@link #add}. */
    abstract void draw(double width, double height);

    /** The marks drawn, for tests and accessibility tools. */
    final Group plot() {
        return plot;
    }

    final <T extends Node> T add(T node) {
        plot.getChildren().add(node);
        return node;
    }

    /** Grid lines and tick labels of a vertical value axis between the given pixel rows. */
    final void yAxis(ChartScale scale, String label, double width, double top, double bottom) {
        for (double tick : scale.ticks()) {
            double y = bottom - scale.fraction(tick) * (bottom - top);
            add(line(LEFT, y, width - RIGHT, y, "chart-grid"));
            Text t = text(scale.label(tick), 0, y, "chart-text");
            t.setTextOrigin(VPos.CENTER);
            t.setX(LEFT - 6 - t.getLayoutBounds().getWidth());
            add(t);
        }
        Text name = text(label, 0, 0, "chart-axis-label");
        name.setRotate(-90);
        name.setX(12 - name.getLayoutBounds().getWidth() / 2);
        name.setY((top + bottom) / 2);
        name.setTextOrigin(VPos.CENTER);
        add(name);
    }

    /** Grid lines and tick labels of a horizontal value axis between LEFT and the given right edge. */
    final void xAxis(ChartScale scale, String label, double top, double bottom, double right) {
        for (double tick : scale.ticks()) {
            double px = LEFT + scale.fraction(tick) * (right - LEFT);
            add(line(px, top, px, bottom, "chart-grid"));
            Text t = text(scale.label(tick), 0, bottom + 4, "chart-text");
            t.setX(px - t.getLayoutBounds().getWidth() / 2);
            add(t);
        }
        Text axis = text(label, 0, bottom + 22, "chart-axis-label");
        axis.setX((LEFT + right) / 2 - axis.getLayoutBounds().getWidth() / 2);
        add(axis);
    }

    static Text text(String content, double x, double y, String styleClass) {
        Text text = new Text(x, y, content);
        text.setTextOrigin(VPos.TOP);
        text.getStyleClass().add(styleClass);
        return text;
    }

    static Line line(double x1, double y1, double x2, double y2, String styleClass) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add(styleClass);
        return line;
    }

    static void tooltip(Node node, String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tip);
    }

    /** The style class of the n-th series, cycling through the palette. */
    static String seriesClass(int index) {
        return "chart-series-" + (index % 6);
    }

    /**
     * A category's name under the plot, centred, wrapped onto at most two lines and cut with an ellipsis beyond;
     * the full name is in its tooltip.
     */
    final void categoryLabel(String name, boolean baseline, double centre, double width, double y) {
        String shown = (baseline ? "◇ " : "") + name;
        Text label = text(shown, 0, y, "chart-text");
        if (baseline) {
            label.getStyleClass().add("baseline-label");
        }
        label.setTextAlignment(TextAlignment.CENTER);
        label.setWrappingWidth(Math.max(20, width - 6));
        double twoLines = text("Ag\nAg", 0, 0, "chart-text").getLayoutBounds().getHeight() + 1;
        String cut = shown;
        while (label.getLayoutBounds().getHeight() > twoLines && cut.length() > 1) {
            cut = cut.substring(0, cut.length() - 1);
            label.setText(cut.strip() + "…");
        }
        label.setX(centre - label.getWrappingWidth() / 2);
        tooltip(label, name + (baseline ? " (baseline)" : ""));
        add(label);
    }

    /**
     * A point's name beside it, on its left when there is no room on the right, and moved down below names
     * already written where it would overprint them.
     *
     * @param taken the bounds of the names written so far; this one's are added
     */
    final void pointLabel(String label, double px, double py, double right, List<Bounds> taken) {
        Text name = text(fit(label, 220, "chart-text"), px + 7, py - 16, "chart-text");
        if (name.getX() + name.getLayoutBounds().getWidth() > right) {
            name.setX(px - 7 - name.getLayoutBounds().getWidth());
        }
        while (taken.stream().anyMatch(b -> b.intersects(name.getBoundsInParent()))) {
            name.setY(name.getY() + name.getLayoutBounds().getHeight());
        }
        taken.add(name.getBoundsInParent());
        add(name);
    }

    /** The text cut to fit the width, with an ellipsis when cut. */
    static String fit(String text, double width, String styleClass) {
        Text probe = text(text, 0, 0, styleClass);
        if (probe.getLayoutBounds().getWidth() <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1) {
            cut = cut.substring(0, cut.length() - 1);
            probe.setText(cut + "…");
            if (probe.getLayoutBounds().getWidth() <= width) {
                return cut + "…";
            }
        }
        return "…";
    }
}
