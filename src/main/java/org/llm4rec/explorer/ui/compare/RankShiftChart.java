package org.llm4rec.explorer.ui.compare;

import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import org.llm4rec.explorer.domain.compare.ItemKey;
import org.llm4rec.explorer.domain.compare.RankShift;

/**
 * Two ranked lists side by side with a line from each item's rank in the first to its rank in the second; items
 * only one list holds end in a short dashed stub marked "absent". Items every column shares are highlighted.
 */
final class RankShiftChart extends Pane {
    private static final double ROW = 26;
    private static final double TOP = 30;
    private static final double LABEL_WIDTH = 250;
    private List<RankShift> shifts = List.of();
    private Set<ItemKey> sharedByAll = Set.of();
    private String firstName = "";
    private String secondName = "";

    RankShiftChart() {
        setId("rankShiftChart");
        getStyleClass().add("rank-shift-chart");
        widthProperty().addListener(o -> draw());
    }

    void show(List<RankShift> newShifts, Set<ItemKey> shared, String first, String second) {
        shifts = List.copyOf(newShifts);
        sharedByAll = shared;
        firstName = first;
        secondName = second;
        draw();
    }

    private void draw() {
        getChildren().clear();
        double width = Math.max(getWidth(), 2 * LABEL_WIDTH + 120);
        double right = width - LABEL_WIDTH;
        getChildren().addAll(heading(firstName, 0), heading(secondName, right));
        int rows = 0;
        for (RankShift shift : shifts) {
            boolean shared = sharedByAll.contains(shift.key());
            if (shift.from() > 0) {
                getChildren().add(item(shift.from() + "  " + shift.label(), 0, y(shift.from()), shared));
            }
            if (shift.to() > 0) {
                getChildren().add(item(shift.to() + "  " + shift.label(), right, y(shift.to()), shared));
            }
            getChildren().add(link(shift, LABEL_WIDTH + 6, right - 6));
            rows = Math.max(rows, Math.max(shift.from(), shift.to()));
        }
        setPrefHeight(TOP + rows * ROW + 10);
        setMinHeight(getPrefHeight());
    }

    private Line link(RankShift shift, double left, double right) {
        Line line;
        if (shift.inBoth()) {
            line = new Line(left, y(shift.from()) + ROW / 2, right, y(shift.to()) + ROW / 2);
            line.getStyleClass().add(shift.movedUp() > 0 ? "shift-up" : shift.movedUp() < 0 ? "shift-down"
                    : "shift-same");
        } else {
            // A stub a third of the way across, toward the list that lacks the item.
            double stub = (right - left) / 3;
            line = shift.from() > 0
                    ? new Line(left, y(shift.from()) + ROW / 2, left + stub, y(shift.from()) + ROW / 2)
                    : new Line(right - stub, y(shift.to()) + ROW / 2, right, y(shift.to()) + ROW / 2);
            line.getStyleClass().add("shift-absent");
            Label absent = new Label(shift.from() > 0 ? "absent →" : "← absent");
            absent.getStyleClass().add("absent-mark");
            absent.setLayoutX(shift.from() > 0 ? left + stub + 4 : right - stub - 70);
            absent.setLayoutY((shift.from() > 0 ? y(shift.from()) : y(shift.to())) + 4);
            absent.setPrefWidth(66);
            absent.setAlignment(shift.from() > 0 ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            getChildren().add(absent);
        }
        return line;
    }

    private static double y(int position) {
        return TOP + (position - 1) * ROW;
    }

    private static Label heading(String text, double x) {
        Label label = new Label(text);
        label.getStyleClass().add("shift-heading");
        label.setLayoutX(x);
        label.setPrefWidth(LABEL_WIDTH);
        label.setTooltip(new Tooltip(text));
        return label;
    }

    private static Label item(String text, double x, double y, boolean shared) {
        Label label = new Label(text);
        label.getStyleClass().add(shared ? "shift-item-shared" : "shift-item");
        label.setLayoutX(x);
        label.setLayoutY(y);
        label.setPrefSize(LABEL_WIDTH, ROW - 2);
        label.setTooltip(new Tooltip(text + (shared ? "\nIn the top k of every column" : "")));
        return label;
    }
}
