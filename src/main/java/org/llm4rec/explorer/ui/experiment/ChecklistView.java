package org.llm4rec.explorer.ui.experiment;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import org.llm4rec.explorer.ui.Shown;

/** A list with a tick box per item, kept in step with a list of the ticked items' ids (both ways). */
final class ChecklistView<T> extends ListView<T> {
    private final Map<String, BooleanProperty> ticks = new HashMap<>();
    private final Function<T, String> id;
    private final ObservableList<String> chosen;
    private boolean syncing;

    ChecklistView(ObservableList<T> items, Function<T, String> id, Function<T, String> text,
                  ObservableList<String> chosen) {
        super(items);
        this.id = id;
        this.chosen = chosen;
        setCellFactory(CheckBoxListCell.forListView(this::tick, Shown.as(text)));
        chosen.addListener((ListChangeListener<String>) change -> fromChosen());
    }

    private BooleanProperty tick(T item) {
        return ticks.computeIfAbsent(id.apply(item), key -> {
            BooleanProperty ticked = new SimpleBooleanProperty(chosen.contains(key));
            ticked.addListener((o, was, is) -> {
                if (syncing) {
                    return;
                }
                if (is && !chosen.contains(key)) {
                    chosen.add(key);
                } else if (!is) {
                    chosen.remove(key);
                }
            });
            return ticked;
        });
    }

    private void fromChosen() {
        syncing = true;
        try {
            ticks.forEach((key, ticked) -> ticked.set(chosen.contains(key)));
        } finally {
            syncing = false;
        }
    }
}
