package org.llm4rec.explorer.ui.results;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** Result columns side by side, scrolling sideways when there are more than fit; the placeholder until then. */
public final class ResultsView extends StackPane {

    public ResultsView(ResultsViewModel model, Node placeholder) {
        this(model, placeholder, CardExtension.NONE);
    }

    public ResultsView(ResultsViewModel model, Node placeholder, CardExtension cardExtension) {
        getStyleClass().add("results");
        HBox columns = new HBox(12);
        columns.setPadding(new Insets(12));
        columns.setFillHeight(true);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        // Columns share the width; past their minimum width the area scrolls sideways instead.
        scroll.setFitToWidth(true);
        scroll.setId("resultsScroll");

        model.columns().addListener((ListChangeListener<RunColumnViewModel>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    columns.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                for (int i = 0; i < change.getAddedSize(); i++) {
                    RunColumnViewModel column = change.getAddedSubList().get(i);
                    columns.getChildren().add(change.getFrom() + i,
                            new RunColumnView(column, () -> model.remove(column),
                            () -> model.runAgain(column), cardExtension));
                }
            }
            scroll.setHvalue(1.0);
        });
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.columns()));
        scroll.visibleProperty().bind(placeholder.visibleProperty().not());
        getChildren().addAll(scroll, placeholder);
    }
}
