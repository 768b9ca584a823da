package org.llm4rec.explorer.ui.experiment;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.ui.judge.JudgeChoiceView;

/**
 * Judge explanations…: the judge's model, rubric and template as in the agreement panel, how many model calls the
 * run will make, and Start; the run itself shows in the status bar's task list with its progress and Cancel.
 */
final class JudgeExplanationsDialog {
    private final JudgeExplanationsViewModel model;
    private Stage stage;

    JudgeExplanationsDialog(JudgeExplanationsViewModel model) {
        this.model = model;
    }

    void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Judge explanations");
            Scene scene = new Scene(content(), 860, 520);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                scene.getRoot().styleProperty().bind(owner.getScene().getRoot().styleProperty());
            }
            stage.setScene(scene);
            stage.setOnShown(e -> model.choosingProperty().set(true));
            stage.setOnHidden(e -> model.choosingProperty().set(false));
        }
        stage.show();
        stage.toFront();
    }

    private VBox content() {
        Label judgeLabel = new Label("Model judge");
        judgeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox choices = new HBox(8, judgeLabel, JudgeChoiceView.model(model.picker()),
                JudgeChoiceView.rubric(model.picker()));
        choices.setAlignment(Pos.CENTER_LEFT);
        Label plan = new Label();
        plan.setId("judgePlan");
        plan.setWrapText(true);
        plan.textProperty().bind(model.planProperty());
        Button start = new Button("Start judging");
        start.setId("startJudging");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop");
        stop.setId("stopJudging");
        stop.visibleProperty().bind(model.task().runningProperty());
        stop.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, start, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("judgeExplanationsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label origin = new Label("Every explanation of the experiment's stored runs is scored 1–5 per criterion"
                + " with a short reason, through the response cache and the model servers; what this judge (model"
                + " and template version) scored before is not asked again. The scores are a model's, shown as such"
                + " and never mixed with people's ratings.");
        origin.setWrapText(true);
        origin.getStyleClass().add("muted");
        VBox box = new VBox(10, choices, JudgeChoiceView.template(model.picker()), plan, buttons, status, origin);
        box.setPadding(new Insets(12));
        return box;
    }
}
