package org.llm4rec.explorer.ui.judge;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.domain.judge.Criterion;

/** The rubric form for one explanation, in a small window over the results. */
final class RatingDialog {
    private RatingDialog() {
    }

    static Stage show(Window owner, RatingViewModel model) {
        Label item = new Label(model.itemText());
        item.getStyleClass().add("step-title");
        item.setWrapText(true);
        Label explanation = new Label(model.explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().add("explanation");
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox rows = new VBox(4);
        StarRow first = null;
        for (Criterion criterion : Criterion.values()) {
            StarRow row = new StarRow(criterion, model.stars(criterion));
            first = first == null ? row : first;
            rows.getChildren().add(row);
        }
        Label keys = new Label("Tab to a row, then 1–5 or ←/→. Ctrl+Enter saves.");
        keys.getStyleClass().add("muted");
        TextArea note = new TextArea();
        note.setId("ratingNote");
        note.setPromptText("Note (optional): what is wrong or right with it");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        TextField rater = new TextField();
        rater.setId("ratingRater");
        rater.setPromptText("Your name");
        rater.textProperty().bindBidirectional(model.raterProperty());
        HBox raterRow = new HBox(8, new Label("Rater"), rater);
        raterRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(rater, Priority.ALWAYS);
        Label message = new Label();
        message.setId("ratingMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Button save = new Button("Save rating");
        save.setId("saveRating");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.completeProperty().not());
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, message, spacer, cancel, save);
        HBox.setHgrow(message, Priority.SOMETIMES);

        VBox content = new VBox(10, item, explanation, rows, keys, note, raterRow, buttons);
        content.setPadding(new Insets(16));
        content.setPrefWidth(620);
        content.setId("ratingDialog");
        Scene scene = new Scene(content);
        Stage stage = JudgeStyle.window(owner, "Rate explanation", scene, true);
        cancel.setOnAction(e -> stage.close());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                model::save);
        model.savedProperty().addListener((o, was, saved) -> {
            if (saved) {
                stage.close();
            }
        });
        stage.show();
        first.requestFocus();
        return stage;
    }
}
