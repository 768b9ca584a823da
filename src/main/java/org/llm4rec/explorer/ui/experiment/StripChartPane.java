package org.llm4rec.explorer.ui.experiment;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.shape.Circle;
import org.llm4rec.explorer.app.export.ChartScale;

/**
 * Every user's value per configuration as a column of jittered points with the median marked; clicking a point
 * opens that user.
 */
final class StripChartPane extends ChartPane {
    private final String valueLabel;
    private List<StripColumn> columns = List.of();
    private BiConsumer<String, String> onUser = (configuration, user) -> { };

    StripChartPane(String id, String title, String valueLabel) {
        super(id, title);
        this.valueLabel = valueLabel;
    }

    void setColumns(List<StripColumn> columns) {
        this.columns = List.copyOf(columns);
        redraw();
    }

    /** Called with the configuration and the user id of a clicked point. */
    void setOnUser(BiConsumer<String, String> onUser) {
        this.onUser = onUser;
    }

    @Override
    boolean isEmpty() {
        return columns.isEmpty();
    }

    @Override
    void draw(double width, double height) {
        double top = TOP;
        double bottom = height - BOTTOM;
        double max = columns.stream().flatMap(c -> c.users().stream()).mapToDouble(StripColumn.UserValue::value)
                .filter(Double::isFinite).max().orElse(1);
        ChartScale scale = ChartScale.covering(0, Math.max(max, 1e-9), true);
        yAxis(scale, valueLabel, width, top, bottom);
        double columnWidth = (width - LEFT - RIGHT) / columns.size();
        double spread = Math.min(60, columnWidth * 0.7);
        for (int c = 0; c < columns.size(); c++) {
            StripColumn column = columns.get(c);
            double centre = LEFT + columnWidth * (c + 0.5);
            String style = column.baseline() ? "baseline" : seriesClass(c);
            for (StripColumn.UserValue user : column.users()) {
                if (!Double.isFinite(user.value())) {
                    continue;
                }
                double y = bottom - scale.fraction(user.value()) * (bottom - top);
                Circle point = new Circle(centre + jitter(user.userId()) * spread, y, 3.2);
                point.getStyleClass().addAll("chart-point", style);
                point.setUserData(user);
                point.setCursor(Cursor.HAND);
                tooltip(point, "User " + user.userId() + "\n" + column.configuration() + ": "
                        + ChartFormat.metric(user.value()) + "\nClick to open this user");
                point.setOnMouseClicked(e -> onUser.accept(column.configuration(), user.userId()));
                add(point);
            }
            double median = median(column);
            if (Double.isFinite(median)) {
                double y = bottom - scale.fraction(median) * (bottom - top);
                var mark = add(line(centre - spread / 2 - 4, y, centre + spread / 2 + 4, y, "chart-median"));
                tooltip(mark, column.configuration() + "\nmedian " + ChartFormat.metric(median) + " over "
                        + column.users().size() + " users");
            }
            categoryLabel(column.configuration(), column.baseline(), centre, columnWidth, bottom + 6);
        }
    }

    /** A stable offset in [-0.5, 0.5] per user, so points do not move between redraws. */
    private static double jitter(String userId) {
        int h = userId.hashCode() * 0x9E3779B9;
        return ((h >>> 8) & 0xFFFF) / 65535.0 - 0.5;
    }

    private static double median(StripColumn column) {
        double[] values = column.users().stream().mapToDouble(StripColumn.UserValue::value)
                .filter(Double::isFinite).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
