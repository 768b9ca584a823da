package org.llm4rec.explorer.ui.judge;

import javafx.beans.property.IntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.llm4rec.explorer.domain.judge.Criterion;
import org.llm4rec.explorer.domain.judge.RubricScores;

/**
 * One criterion's 1–5 stars. Click a star, or focus the row (Tab) and press 1–5 or the arrow keys.
 */
final class StarRow extends HBox {
    private final IntegerProperty value;
    private final Label[] stars = new Label[RubricScores.MAX];
    private final Label count = new Label();

    StarRow(Criterion criterion, IntegerProperty value) {
        super(4);
        this.value = value;
        setId("stars-" + criterion.name());
        getStyleClass().add("star-row");
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        Label name = new Label(criterion.label());
        name.getStyleClass().add("star-criterion");
        Label question = new Label(criterion.question());
        question.getStyleClass().add("muted");
        question.setWrapText(true);
        HBox.setHgrow(question, Priority.ALWAYS);
        getChildren().add(name);
        for (int i = 0; i < stars.length; i++) {
            int score = i + 1;
            Label star = new Label("★");
            star.setId("star-" + criterion.name() + "-" + score);
            star.getStyleClass().add("star");
            star.setTooltip(new Tooltip(score + " of 5"));
            star.setOnMouseClicked(e -> {
                value.set(score);
                requestFocus();
            });
            stars[i] = star;
            getChildren().add(star);
        }
        count.getStyleClass().add("muted");
        count.setMinWidth(28);
        getChildren().addAll(count, question);
        setOnKeyPressed(e -> {
            int digit = digit(e.getCode());
            if (digit >= RubricScores.MIN && digit <= RubricScores.MAX) {
                value.set(digit);
            } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.UP) {
                value.set(Math.min(RubricScores.MAX, Math.max(RubricScores.MIN, value.get() + 1)));
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.DOWN) {
                value.set(Math.max(RubricScores.MIN, value.get() - 1));
            } else {
                return;
            }
            e.consume();
        });
        value.addListener((o, old, now) -> show());
        show();
    }

    private void show() {
        for (int i = 0; i < stars.length; i++) {
            stars[i].getStyleClass().remove("on");
            if (i < value.get()) {
                stars[i].getStyleClass().add("on");
            }
        }
        count.setText(value.get() == 0 ? "–" : value.get() + "/5");
    }

    static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> 0;
        };
    }
}
