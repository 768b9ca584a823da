package org.llm4rec.explorer.ui.data;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.llm4rec.explorer.app.port.DatasetCounts;
import org.llm4rec.explorer.app.port.DatasetOverview;

/** A dataset's numbers and charts: rating distribution and the long tails of users and items (log-log). */
final class OverviewPane extends VBox {
    private static final int TAIL_POINTS = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final GridPane numbers = new GridPane();
    private final BarChart<String, Number> ratings = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<Number, Number> tails = new LineChart<>(logAxis("rank (log scale)"),
            logAxis("interactions (log scale)"));

    OverviewPane(BrowserViewModel model) {
        setSpacing(10);
        setPadding(new Insets(12));
        setId("overviewPane");
        numbers.setHgap(24);
        numbers.setVgap(4);
        ratings.setTitle("Rating distribution");
        ratings.setLegendVisible(false);
        ratings.setAnimated(false);
        ratings.setId("ratingChart");
        tails.setTitle("Interactions per user and per item (long tail)");
        tails.setCreateSymbols(false);
        tails.setAnimated(false);
        tails.setId("longTailChart");
        HBox charts = new HBox(10, ratings, tails);
        HBox.setHgrow(ratings, Priority.ALWAYS);
        HBox.setHgrow(tails, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        // Empty, the log axes label themselves with absurd powers of ten: the charts show once there is data.
        charts.visibleProperty().bind(model.overviewProperty().isNotNull());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        getChildren().addAll(status, numbers, charts);
        model.overviewProperty().addListener((o, old, overview) -> show(overview));
    }

    private void show(DatasetOverview overview) {
        if (overview == null) {
            return;
        }
        DatasetCounts counts = overview.counts();
        numbers.getChildren().clear();
        row(0, "Users", String.format("%,d", counts.users()));
        row(1, "Items", String.format("%,d", counts.items()));
        row(2, "Interactions", String.format("%,d", counts.interactions()));
        row(3, "Density", String.format("%.4f %%", counts.density() * 100));
        row(4, "Time span", overview.first() == null ? "no times"
                : DAY.format(overview.first()) + " to " + DAY.format(overview.last()));
        StringBuilder fields = new StringBuilder();
        overview.itemFields().forEach((field, filled) -> fields.append(fields.length() == 0 ? "" : ", ")
                .append(field).append(String.format(" %.0f%%", counts.items() == 0 ? 0 : 100.0 * filled / counts.items())));
        row(5, "Item fields filled", fields.toString());

        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        for (Map.Entry<Double, Long> e : overview.ratings().entrySet()) {
            bars.getData().add(new XYChart.Data<>(e.getKey().isNaN() ? "none" : trim(e.getKey()), e.getValue()));
        }
        ratings.getData().setAll(bars);
        tails.getData().setAll(tail("per user", overview.perUserDescending()),
                tail("per item", overview.perItemDescending()));
    }

    private void row(int at, String name, String value) {
        Label label = new Label(name);
        label.getStyleClass().add("muted");
        Label shown = new Label(value);
        shown.setId("overview-" + name.toLowerCase().replace(' ', '-'));
        numbers.addRow(at, label, shown);
    }

    private static String trim(double rating) {
        return rating == Math.rint(rating) ? String.valueOf((long) rating) : String.valueOf(rating);
    }

    /** log10(rank) against log10(count), at most {@link #TAIL_POINTS} ranks spread evenly on the log scale. */
    private static XYChart.Series<Number, Number> tail(String name, long[] descending) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        int n = descending.length;
        int last = -1;
        for (int k = 0; k <= TAIL_POINTS && n > 0; k++) {
            int rank = (int) Math.round(Math.pow(n, (double) k / TAIL_POINTS));
            if (rank != last && rank <= n && descending[rank - 1] > 0) {
                series.getData().add(new XYChart.Data<>(Math.log10(rank), Math.log10(descending[rank - 1])));
                last = rank;
            }
        }
        return series;
    }

    private static NumberAxis logAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number exponent) {
                double value = Math.pow(10, exponent.doubleValue());
                return value >= 1000 ? String.format("%,.0f", value) : String.format("%.3g", value);
            }

            @Override
            public Number fromString(String text) {
                return Math.log10(Double.parseDouble(text));
            }
        });
        return axis;
    }
}
