package org.llm4rec.explorer.ui.judge;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.ui.judge.PairwiseJudgeViewModel.Column;
import org.llm4rec.explorer.ui.judge.PairwiseJudgeViewModel.PairRow;

/**
 * Pairwise judging of two columns: pick them and the judge, judge every pair in both orders, and read the wins,
 * the judge's position bias and self-consistency, and each pair's verdicts.
 */
final class PairwiseJudgeView extends BorderPane {

    PairwiseJudgeView(PairwiseJudgeViewModel model) {
        setId("pairwiseJudge");
        setPadding(new Insets(12));
        ComboBox<Column> first = column("pairFirst", model);
        first.valueProperty().bindBidirectional(model.firstProperty());
        ComboBox<Column> second = column("pairSecond", model);
        second.valueProperty().bindBidirectional(model.secondProperty());
        Button judge = new Button("Judge pairs");
        judge.setId("judgePairs");
        judge.setMinWidth(Region.USE_PREF_SIZE);
        judge.setTooltip(new Tooltip("Runs in the background, listed in the status bar with its progress and"
                + " Cancel; verdicts given before by this judge are not asked again."));
        judge.disableProperty().bind(model.task().runningProperty());
        judge.setOnAction(e -> model.judge());
        HBox columns = new HBox(8, fixed("A"), first, fixed("B"), second);
        columns.setAlignment(Pos.CENTER_LEFT);
        HBox judgeRow = new HBox(8, fixed("Model judge"), JudgeChoiceView.model(model.choice()), judge);
        judgeRow.setAlignment(Pos.CENTER_LEFT);
        Label how = new Label("Pairs are the items both columns recommend to the same user, so that only the"
                + " explanations differ. Each pair is asked twice, once with A's explanation shown first and once"
                + " with B's: a judge without position bias gives the first one about half of its wins, and keeps"
                + " its winner when the order is swapped.");
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);
        how.getStyleClass().add("muted");
        Label plan = label("pairPlan", model.planProperty());
        Label status = label("pairStatus", model.statusProperty());
        VBox top = new VBox(8, columns, judgeRow, how, plan, status);
        top.setPadding(new Insets(0, 0, 10, 0));

        Label wins = label("pairWins", model.winsProperty());
        wins.getStyleClass().add("section-title");
        Label bias = label("pairBias", model.biasProperty());
        bias.textProperty().addListener((o, old, text) -> markBiased(bias, model));
        Label consistency = label("pairConsistency", model.consistencyProperty());
        TableView<PairRow> pairs = new TableView<>(model.pairs());
        pairs.setId("pairVerdicts");
        pairs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pairs.setPlaceholder(new Label("No verdicts yet for these two columns and this judge."));
        pairs.getColumns().setAll(List.of(
                width(TextColumns.tipped("Item", PairRow::item, "The item both columns recommend"), 260),
                width(TextColumns.tipped("A shown first", PairRow::firstShown,
                        "The winner when A's explanation was shown first"), 140),
                width(TextColumns.tipped("B shown first", PairRow::secondShown,
                        "The winner when B's explanation was shown first"), 140),
                width(TextColumns.tipped("Swap", PairRow::swap,
                        "Whether the winner stayed the same when the order was swapped"), 110),
                width(TextColumns.tipped("Judge's reasons", PairRow::reasons,
                        "What the model judge said, in each order"), 400)));
        VBox results = new VBox(6, wins, bias, consistency, pairs);
        VBox.setVgrow(pairs, Priority.ALWAYS);
        setTop(top);
        setCenter(results);
        setPrefSize(1100, 680);
    }

    private static <T> TableColumn<T, String> width(TableColumn<T, String> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    private static void markBiased(Label bias, PairwiseJudgeViewModel model) {
        bias.getStyleClass().remove("pair-biased");
        if (model.biasedProperty().get()) {
            bias.getStyleClass().add("pair-biased");
        }
    }

    private static ComboBox<Column> column(String id, PairwiseJudgeViewModel model) {
        ComboBox<Column> box = new ComboBox<>(model.columns());
        box.setId(id);
        box.setPrefWidth(380);
        box.setOnShowing(e -> model.refreshColumns());
        return box;
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
