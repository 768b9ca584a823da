package org.llm4rec.explorer.ui.judge;

import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Judge the comparison with a model: pick the judge the way the agreement panel does, see how many calls it takes,
 * and start it; it then runs in the status bar's task list, and the scores appear on the cards.
 */
final class ColumnJudgeView extends VBox {

    /** @param close closes the window once judging has started */
    ColumnJudgeView(ColumnJudgeViewModel model, Runnable close) {
        super(10);
        setId("columnJudge");
        setPadding(new Insets(14));
        setPrefWidth(900);
        JudgeChoice choice = model.choice();
        Label intro = new Label("A model scores every explanation in the result columns on each criterion of the"
                + " rubric, from 1 to 5, with a short reason. The scores appear on the cards as the model judge's,"
                + " apart from people's stars.");
        intro.setWrapText(true);
        Label judgeLabel = new Label("Model judge");
        judgeLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox choices = new HBox(8, judgeLabel, JudgeChoiceView.model(choice), JudgeChoiceView.rubric(choice));
        choices.setAlignment(Pos.CENTER_LEFT);

        Label plan = new Label();
        plan.setId("judgeCallCount");
        plan.setWrapText(true);
        plan.textProperty().bind(model.planProperty());
        Label status = new Label();
        status.setId("columnJudgeStatus");
        status.setWrapText(true);
        status.getStyleClass().add("judge-message");
        status.textProperty().bind(model.statusProperty());

        Button judge = new Button("Judge");
        judge.setId("judgeColumns");
        judge.setDefaultButton(true);
        judge.setTooltip(new Tooltip("Runs in the background, listed in the status bar with its progress and"
                + " Cancel; through the response cache, at temperature 0."));
        judge.disableProperty().bind(model.task().runningProperty());
        judge.setOnAction(e -> {
            if (model.judge()) {
                close.run();
            }
        });
        Button cancel = new Button("Close");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, judge);

        for (Observable property : new Observable[] {choice.modelProperty(), choice.rubricProperty(),
                choice.templateProperty(), choice.templateTextProperty()}) {
            property.addListener(o -> model.refreshPlan());
        }
        model.refreshPlan();
        getChildren().addAll(intro, choices, JudgeChoiceView.template(choice), plan, status, buttons);
    }
}
