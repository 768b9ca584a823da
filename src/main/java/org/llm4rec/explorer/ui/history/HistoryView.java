package org.llm4rec.explorer.ui.history;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.app.port.ComparisonRun;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * Earlier runs with filters, and earlier comparison runs; double-click or Enter opens one into the comparison,
 * and a comparison run can be run again beside it.
 */
public final class HistoryView extends VBox {

    public HistoryView(HistoryViewModel model) {
        setSpacing(6);
        TextField search = new TextField();
        search.setId("historySearch");
        search.setPromptText("Filter: profile, model, strategy, title…");
        search.textProperty().bindBidirectional(model.textProperty());
        HBox filters = new HBox(4, filter("historyStrategy", "Strategy", model.strategies(), model.strategyProperty()),
                filter("historyModel", "Model", model.models(), model.modelProperty()),
                filter("historyProfile", "Profile", model.profiles(), model.profileProperty()));

        ListView<RunRecord> runs = list("runHistory", model.recent(), model::describe, "No runs yet.");
        runs.setTooltip(new Tooltip("Double-click a run to open it beside the others, exactly as it was."));
        onOpen(runs, model::open);

        Label comparisonsTitle = new Label("Comparison runs");
        comparisonsTitle.getStyleClass().add("muted");
        ListView<ComparisonRun> comparisons = list("comparisonHistory", model.comparisonRuns(), model::describe,
                "No comparison runs yet: Run all makes one.");
        comparisons.setPrefHeight(120);
        comparisons.setTooltip(new Tooltip("Double-click to reopen every column of the comparison as it was."));
        onOpen(comparisons, model::open);
        Button open = new Button("Open");
        open.setId("openComparison");
        open.disableProperty().bind(comparisons.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(comparisons.getSelectionModel().getSelectedItem()));
        Button rerun = new Button("Run again");
        rerun.setId("rerunComparison");
        rerun.setTooltip(new Tooltip("Run the same columns again as a new comparison run, beside the shown ones"));
        rerun.disableProperty().bind(open.disableProperty());
        rerun.setOnAction(e -> model.rerun(comparisons.getSelectionModel().getSelectedItem()));

        Label message = new Label();
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty());
        getChildren().addAll(search, filters, runs, comparisonsTitle, comparisons, new HBox(6, open, rerun), message);
    }

    private static ComboBox<String> filter(String id, String prompt, javafx.collections.ObservableList<String> values,
                                           javafx.beans.property.ObjectProperty<String> chosen) {
        ComboBox<String> box = new ComboBox<>(values);
        box.setId(id);
        box.setPromptText(prompt);
        box.setTooltip(new Tooltip(prompt));
        box.valueProperty().bindBidirectional(chosen);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(60);
        box.setPrefWidth(90);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static <T> ListView<T> list(String id, javafx.collections.ObservableList<T> items,
                                        Function<T, String> text, String empty) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(empty));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : text.apply(item));
                // Short lines cut to the list's width: a sidebar is too narrow to scroll each line sideways.
                setPrefWidth(0);
            }
        });
        return list;
    }

    private static <T> void onOpen(ListView<T> list, java.util.function.Consumer<T> open) {
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }
}
