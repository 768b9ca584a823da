package org.llm4rec.explorer.ui.experiment;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.ui.Shown;

/**
 * The six experiment charts with the choices of metric, cost, segment and, for ranking against explanation quality,
 * the model judge's score.
 */
final class ChartsPane extends VBox {
    private static final List<Metric> CHARTABLE = List.of(Metric.NDCG_10, Metric.HR_10, Metric.MRR,
            Metric.RECALL_10, Metric.NDCG_5, Metric.HR_5, Metric.NDCG_20, Metric.HR_20, Metric.HR_1, Metric.NOVELTY);

    ChartsPane(ExperimentsViewModel model, Runnable afterOpeningUser) {
        setSpacing(8);
        setPadding(new Insets(10));
        ComboBox<Metric> metric = new ComboBox<>(FXCollections.observableArrayList(CHARTABLE));
        metric.setId("chartMetric");
        metric.setConverter(Shown.as(Metric::label));
        metric.valueProperty().bindBidirectional(model.chartMetricProperty());
        ComboBox<ExperimentCharts.Cost> cost = new ComboBox<>(
                FXCollections.observableArrayList(ExperimentCharts.Cost.values()));
        cost.valueProperty().bindBidirectional(model.costProperty());
        ComboBox<ExperimentCharts.Segment> segment = new ComboBox<>(
                FXCollections.observableArrayList(ExperimentCharts.Segment.values()));
        segment.valueProperty().bindBidirectional(model.segmentProperty());
        HBox choices = new HBox(8, new Label("Metric"), metric, new Label("Cost"), cost, new Label("Segments by"),
                segment);
        choices.setAlignment(Pos.CENTER_LEFT);

        BarChartPane metricChart = new BarChartPane("metricChart", "Metric per configuration (95% bootstrap"
                + " interval; ◇ baseline)", "mean over users", false);
        StripChartPane strip = new StripChartPane("userChart", "Per user (click a point to open the user)",
                "value per user");
        strip.setOnUser((configuration, user) -> {
            model.openUser(user);
            afterOpeningUser.run();
        });
        ParetoChartPane pareto = new ParetoChartPane("costChart", "Quality against cost, with the Pareto front",
                "NDCG@10");
        BarChartPane popularity = new BarChartPane("popularityChart", "Popularity of recommended items vs the"
                + " users' histories", "mean popularity percentile", false);
        BarChartPane segments = new BarChartPane("segmentChart", "Breakdown by segment", "mean over users", false);

        QualityChartPane quality = new QualityChartPane("qualityChart", "Ranking vs explanation quality (95%"
                + " intervals)");
        ComboBox<JudgeScore> score = new ComboBox<>(model.judgeScores());
        score.setId("judgeScore");
        score.setPromptText("Judge explanations first (Results tab)");
        score.valueProperty().bindBidirectional(model.judgeScoreProperty());
        Button png = new Button("Export PNG…");
        png.setId("qualityChartPng");
        png.disableProperty().bind(model.judgeScoreProperty().isNull());
        png.setOnAction(e -> ChartPictures.export(quality, "Export the chart as a PNG picture",
                "ranking-vs-explanation-quality.png", model::exportPng));
        HBox qualityChoices = new HBox(8, new Label("Explanation score"), score, png);
        qualityChoices.setAlignment(Pos.CENTER_LEFT);
        VBox qualityBox = new VBox(6, qualityChoices, quality);
        VBox.setVgrow(quality, Priority.ALWAYS);

        follow(model.metricBarsProperty(), metricChart::setGroups);
        follow(model.qualityPointsProperty(), points -> quality.setPoints(points, model.chartMetricProperty().get()
                .label(), model.judgeScoreProperty().get() == null ? "" : model.judgeScoreProperty().get().toString()));
        follow(model.stripsProperty(), strip::setColumns);
        follow(model.costPointsProperty(), points -> pareto.setPoints(points, model.costProperty().get().label()));
        follow(model.popularityBarsProperty(), popularity::setGroups);
        follow(model.segmentBarsProperty(), segments::setGroups);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(metricChart, 0, 0);
        grid.add(strip, 1, 0);
        grid.add(pareto, 0, 1);
        grid.add(popularity, 1, 1);
        grid.add(segments, 0, 2, 2, 1);
        grid.add(qualityBox, 0, 3, 2, 1);
        for (var chart : List.of(metricChart, strip, pareto, popularity, segments, quality)) {
            chart.setMaxWidth(Double.MAX_VALUE);
            chart.setPrefHeight(300);
            GridPane.setHgrow(chart, Priority.ALWAYS);
        }
        getChildren().addAll(choices, grid);
    }

    private static <T> void follow(ObservableValue<T> value, java.util.function.Consumer<T> draw) {
        value.addListener((o, old, now) -> draw.accept(now));
        draw.accept(value.getValue());
    }
}
