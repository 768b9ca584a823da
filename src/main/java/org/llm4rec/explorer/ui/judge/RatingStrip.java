package org.llm4rec.explorer.ui.judge;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;

/** The foot of a recommendation card: a summary of its ratings and the Rate action. */
public final class RatingStrip extends HBox {

    RatingStrip(JudgeViewModel judge, RunRecord run, Recommendation item) {
        super(8);
        getStyleClass().add("rating-strip");
        getStylesheets().add(JudgeStyle.STYLESHEET);
        setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.getStyleClass().add("rating-summary");
        summary.textProperty().bind(judge.ratingSummary(run, item.rank()));
        summary.textProperty().addListener((o, old, text) -> markRated(summary));
        markRated(summary);
        summary.setTooltip(new Tooltip("Mean stars; R relevance, S specificity, P persuasiveness, F faithfulness"));
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button rate = new Button("Rate");
        rate.getStyleClass().addAll("small", "rate-button");
        rate.setTooltip(new Tooltip("Rate this explanation: relevance, specificity, persuasiveness, faithfulness"));
        rate.setOnAction(e -> RatingDialog.show(getScene().getWindow(), judge.rate(run, item)));
        getChildren().addAll(summary, rate);
    }

    private static void markRated(Label summary) {
        summary.getStyleClass().remove("rated");
        if (!summary.getText().equals(JudgeViewModel.NOT_RATED)) {
            summary.getStyleClass().add("rated");
        }
    }
}
