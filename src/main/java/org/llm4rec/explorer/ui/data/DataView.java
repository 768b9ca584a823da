package org.llm4rec.explorer.ui.data;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;

/** The Data step: dataset picker, its summary and a search over its catalogue. */
public final class DataView extends VBox {

    public DataView(DataViewModel model) {
        setSpacing(6);
        ComboBox<Dataset> datasets = new ComboBox<>(model.datasets());
        datasets.setId("datasetCombo");
        datasets.setMaxWidth(Double.MAX_VALUE);
        datasets.setPromptText("Dataset");
        datasets.valueProperty().bindBidirectional(model.selectedProperty());
        datasets.setConverter(new StringConverter<>() {
            @Override
            public String toString(Dataset dataset) {
                return dataset == null ? "" : dataset.name();
            }

            @Override
            public Dataset fromString(String text) {
                return null;
            }
        });

        Label summary = new Label();
        summary.setId("datasetSummary");
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        ProgressBar loading = new ProgressBar();
        loading.setMaxWidth(Double.MAX_VALUE);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(model.loadingProperty());

        TextField search = new TextField();
        search.setId("catalogueSearch");
        search.setPromptText("Search the catalogue (title, author)…");
        search.textProperty().bindBidirectional(model.queryProperty());

        ListView<Item> results = new ListView<>(model.searchResults());
        results.setId("catalogueResults");
        results.setPrefHeight(120);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.label() + (item.year() == null ? "" : " (" + item.year() + ")"));
            }
        });
        results.visibleProperty().bind(model.queryProperty().isNotEmpty());
        results.managedProperty().bind(results.visibleProperty());

        getChildren().addAll(datasets, summary, loading, search, results);
    }
}
