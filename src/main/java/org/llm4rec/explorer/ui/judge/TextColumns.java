package org.llm4rec.explorer.ui.judge;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Read-only text columns for the judging tables. */
final class TextColumns {
    private TextColumns() {
    }

    static <T> TableColumn<T, String> of(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    /** A column whose header explains itself in a tooltip. */
    static <T> TableColumn<T, String> tipped(String title, Function<T, String> text, String tip) {
        TableColumn<T, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
