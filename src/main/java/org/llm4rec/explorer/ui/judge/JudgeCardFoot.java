package org.llm4rec.explorer.ui.judge;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.ui.results.CardExtension;

/**
 * The foot of a recommendation card: people's ratings with the Rate action, and below them, on their own lines and
 * in their own colour, the model judges' scores and reasons, so that the two are never read as one.
 */
public final class JudgeCardFoot {
    private JudgeCardFoot() {
    }

    /** Card feet for the result cards; cards of a run still streaming get none. */
    public static CardExtension forCards(JudgeViewModel judge) {
        return (run, item) -> {
            if (run == null) {
                return null;
            }
            Label model = new Label();
            model.getStyleClass().add("model-judge-line");
            model.setWrapText(true);
            model.setMinHeight(Region.USE_PREF_SIZE);
            model.textProperty().bind(judge.columnJudge().judgeLines(run, item.rank()));
            model.visibleProperty().bind(model.textProperty().isNotEmpty());
            model.managedProperty().bind(model.visibleProperty());
            model.setTooltip(new Tooltip("Scores from 1 to 5 and a reason written by a model judge (Judge ▸"
                    + " Judge with a model…), not a person's rating; people's stars are in the line above."));
            VBox foot = new VBox(2, new RatingStrip(judge, run, item), model);
            // Wrapped lines: the card grows to hold every line of the reason rather than cutting it off.
            foot.setMinHeight(Region.USE_PREF_SIZE);
            foot.getStylesheets().add(JudgeStyle.STYLESHEET);
            return foot;
        };
    }
}
