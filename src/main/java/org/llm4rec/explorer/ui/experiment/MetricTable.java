package org.llm4rec.explorer.ui.experiment;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.llm4rec.explorer.domain.experiment.ConfigurationSummary;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.ValidityRates;

/**
 * Every figure per configuration, baselines included; each metric cell gives its 95% interval as a tooltip. The
 * metrics are over the users whose calls were answered; failed calls are counted in their own column.
 */
final class MetricTable extends TableView<ConfigurationSummary> {
    private static final int[] KS = {1, 5, 10, 20};

    MetricTable(ExperimentsViewModel model) {
        super(model.summaries());
        setId("metricTable");
        getStyleClass().add("metric-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("Run the experiment, or pick a saved one that has run."));
        TableColumn<ConfigurationSummary, String> name = text("Configuration",
                s -> (s.configuration().isBaseline() ? "Baseline: " : "") + model.label(s.configuration()));
        name.setPrefWidth(300);
        getColumns().add(name);
        getColumns().add(text("Users", s -> Integer.toString(s.users())));
        getColumns().add(text("User runs", s -> Integer.toString(s.runs())));
        // Calls that failed at the server are not scored: the metrics are over the answered users, counted here.
        TableColumn<ConfigurationSummary, String> answered = text("Answered", s -> Integer.toString(s.answeredUsers()));
        answered.setId("answered");
        getColumns().add(answered);
        TableColumn<ConfigurationSummary, String> failed = text("Failed", s -> Integer.toString(s.failedRuns()));
        failed.setId("failed");
        getColumns().add(failed);
        getColumns().add(group("HR", "HR_"));
        getColumns().add(group("NDCG", "NDCG_"));
        getColumns().add(estimate("MRR", Metric.MRR));
        getColumns().add(group("Recall", "RECALL_"));
        TableColumn<ConfigurationSummary, String> validity = new TableColumn<>("Validity (share)");
        validity.getColumns().addAll(rate("Parse failed", ValidityRates::parseFailure),
                rate("Server failed", ValidityRates::failed),
                rate("Out of catalogue", ValidityRates::outOfCatalogue),
                rate("Duplicate", ValidityRates::duplicate), rate("In history", ValidityRates::alreadySeen),
                rate("Not in candidates", ValidityRates::notInCandidates),
                rate("Cites absent history", ValidityRates::citesAbsentHistory));
        getColumns().add(validity);
        TableColumn<ConfigurationSummary, String> beyond = new TableColumn<>("Beyond accuracy");
        beyond.getColumns().addAll(text("Coverage", s -> ChartFormat.percent(s.coverage())),
                estimate("Popularity pct.", Metric.POPULARITY_PERCENTILE),
                estimate("History pop. pct.", Metric.HISTORY_POPULARITY_PERCENTILE),
                estimate("Novelty", Metric.NOVELTY));
        getColumns().add(beyond);
        TableColumn<ConfigurationSummary, String> cost = new TableColumn<>("Cost per user");
        cost.getColumns().addAll(text("Latency p50", s -> seconds(s.latencyP50Ms())),
                text("p95", s -> seconds(s.latencyP95Ms())), estimate("First token ms", Metric.FIRST_TOKEN_MS),
                estimate("Tokens in", Metric.TOKENS_IN), estimate("Tokens out", Metric.TOKENS_OUT));
        getColumns().add(cost);
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(ConfigurationSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("baseline-row");
                if (!empty && item != null && item.configuration().isBaseline()) {
                    getStyleClass().add("baseline-row");
                }
            }
        });
    }

    private static String seconds(double ms) {
        return Double.isNaN(ms) ? "–" : ChartFormat.number(ms / 1000, 2) + " s";
    }

    private static TableColumn<ConfigurationSummary, String> group(String title, String prefix) {
        TableColumn<ConfigurationSummary, String> group = new TableColumn<>(title);
        for (int k : KS) {
            group.getColumns().add(estimate("@" + k, Metric.valueOf(prefix + k)));
        }
        return group;
    }

    private static TableColumn<ConfigurationSummary, String> text(String title,
                                                                  Function<ConfigurationSummary, String> value) {
        TableColumn<ConfigurationSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private static TableColumn<ConfigurationSummary, String> rate(String title,
                                                                  ToDoubleFunction<ValidityRates> rate) {
        return text(title, s -> ChartFormat.percent(rate.applyAsDouble(s.validity())));
    }

    /** The mean, with the interval and the number of users in a tooltip. */
    private static TableColumn<ConfigurationSummary, String> estimate(String title, Metric metric) {
        TableColumn<ConfigurationSummary, String> column = text(title, s -> ChartFormat.metric(s.metric(metric).mean()));
        column.setId("metric-" + metric.name());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ConfigurationSummary row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setTooltip(null);
                    return;
                }
                Estimate e = row.metric(metric);
                setTooltip(new Tooltip(metric.label() + ": " + ChartFormat.metric(e.mean()) + (e.users() == 0
                        ? "\nnot measured" : "\n95% bootstrap interval " + ChartFormat.metric(e.low()) + " – "
                        + ChartFormat.metric(e.high()) + "\nover " + e.users() + " answered users (resampled with all"
                        + " their repeats)" + (Double.isNaN(e.repeatSpread()) ? ""
                        : "\nSD across repeats " + ChartFormat.metric(e.repeatSpread())))));
            }
        });
        return column;
    }
}
