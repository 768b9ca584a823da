package org.llm4rec.explorer.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.RunRecord;

/** The list of earlier runs; double-click or Enter opens one into the results. */
public final class HistoryView extends VBox {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    public HistoryView(HistoryViewModel model) {
        setSpacing(6);
        ListView<RunRecord> runs = new ListView<>(model.recent());
        runs.setId("runHistory");
        runs.setPrefHeight(160);
        runs.setPlaceholder(new Label("No runs yet."));
        runs.setTooltip(new Tooltip("Double-click a run to open it beside the others, exactly as it was."));
        runs.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RunRecord run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : WHEN.format(run.createdAt()) + "  " + run.profileName()
                        + " · " + run.model() + " · " + run.status().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' '));
            }
        });
        runs.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.open(runs.getSelectionModel().getSelectedItem());
            }
        });
        runs.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(runs.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        getChildren().add(runs);
    }
}
