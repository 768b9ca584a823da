package org.llm4rec.explorer.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
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
import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.ValidityRates;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;

/**
 * Every figure per configuration, baselines included; each metric cell gives its 95% interval as a tooltip. The
 * metrics are over the users whose calls were answered; failed calls are counted in their own column. After the
 * ranking metrics come the scores of each model judge that judged the experiment's explanations ("–" where it
 * judged none, as for baselines).
 */
final class MetricTable extends TableView<ConfigurationSummary> {
    private static final int[] KS = {1, 5, 10, 20};
    /** Marks the columns of model judges, which come and go with the judges of the shown experiment. */
    private static final String JUDGE_COLUMNS = "model judge";

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
        int judges = getColumns().size();
        model.judge().qualityProperty().addListener((o, old, found) -> showJudges(found, judges));
        showJudges(model.judge().qualityProperty().get(), judges);
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
        TableColumn<ConfigurationSummary, String> column = estimate(title, metric.label(), "answered users",
                s -> s.metric(metric), ChartFormat::metric);
        column.setId("metric-" + metric.name());
        return column;
    }

    /**
     * A column of estimates: the mean in the cell; the interval, the users it is over and the spread across
     * repeats in a tooltip.
     *
     * @param users what the users counted are ("answered users")
     */
    private static TableColumn<ConfigurationSummary, String> estimate(String title, String name, String users,
                                                                      Function<ConfigurationSummary, Estimate> of,
                                                                      DoubleFunction<String> format) {
        TableColumn<ConfigurationSummary, String> column = text(title, s -> format.apply(of.apply(s).mean()));
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
                Estimate e = of.apply(row);
                setTooltip(new Tooltip(name + ": " + format.apply(e.mean()) + (e.users() == 0
                        ? "\nnot measured" : "\n95% bootstrap interval " + format.apply(e.low()) + " – "
                        + format.apply(e.high()) + "\nover " + e.users() + " " + users + " (resampled with all"
                        + " their repeats)" + (Double.isNaN(e.repeatSpread()) ? ""
                        : "\nSD across repeats " + format.apply(e.repeatSpread())))));
            }
        });
        return column;
    }

    /**
     * One group of columns per model judge of the shown experiment, after the ranking metrics: the judge's mean
     * score per criterion and overall. The group's title names the judge's model and template version, so the
     * columns under it need only the criterion (a full title on each would be cut short in any window).
     */
    private void showJudges(List<ExplanationQuality> judges, int at) {
        getColumns().removeIf(c -> JUDGE_COLUMNS.equals(c.getUserData()));
        List<TableColumn<ConfigurationSummary, ?>> groups = new ArrayList<>();
        for (int j = 0; j < judges.size(); j++) {
            ExplanationQuality judge = judges.get(j);
            TableColumn<ConfigurationSummary, String> group = new TableColumn<>("Explanations, model "
                    + judge.judgeName());
            group.setUserData(JUDGE_COLUMNS);
            for (JudgeCriterion criterion : judge.criteria()) {
                TableColumn<ConfigurationSummary, String> column = estimate(criterion.label(),
                        judge.label(criterion) + ", a model's 1–5 score, not people's",
                        "users with judged explanations",
                        s -> judge.estimate(s.configuration().key(), criterion.key()), v -> ChartFormat.number(v, 2));
                column.setId("judge-" + j + "-" + criterion.key());
                // Wide enough for the criterion's name ("Persuasiveness") at the table's text size.
                column.setPrefWidth(Math.max(column.getPrefWidth(), 20 + 9.5 * criterion.label().length()));
                group.getColumns().add(column);
            }
            groups.add(group);
        }
        getColumns().addAll(at, groups);
        // Rows laid out before the columns came keep their old cell layout (texts at the top) until rebuilt.
        refresh();
    }
}
