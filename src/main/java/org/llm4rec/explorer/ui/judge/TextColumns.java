package org.llm4rec.explorer.ui.judge;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

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
}
