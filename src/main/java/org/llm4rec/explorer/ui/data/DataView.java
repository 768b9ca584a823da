package org.llm4rec.explorer.ui.data;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.domain.Item;

/** The Data step: dataset picker, its summary and a search over its catalogue. */
public final class DataView extends VBox {
    private static final int SUMMARY_COLUMNS = 64;
    /** Longer summaries (many skipped rows) scroll. */
    private static final int MAX_SUMMARY_ROWS = 18;

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

        getChildren().addAll(datasets, summary, loading, actions(model), importProgress(model.imports()),
                search, results);
        model.imports().outcomeProperty().addListener((o, old, outcome) -> {
            if (outcome != null) {
                showOutcome(outcome);
            }
        });
    }

    private HBox actions(DataViewModel model) {
        MenuButton importButton = new MenuButton("Import");
        importButton.setId("importButton");
        MenuItem folder = new MenuItem("Folder…");
        folder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a dataset folder");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.imports().start(chosen.toPath());
            }
        });
        MenuItem file = new MenuItem("Zip or file…");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a dataset zip or file");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Datasets", "*.zip", "*.gz", "*.json", "*.jsonl", "*.inter"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                model.imports().start(chosen.toPath());
            }
        });
        MenuItem mapped = new MenuItem("Other file (map its columns)…");
        mapped.setId("importMappedMenu");
        mapped.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import a CSV, TSV or JSON-lines file by mapping its columns");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Text tables", "*.csv", "*.tsv", "*.txt", "*.dat", "*.jsonl",
                            "*.json", "*.gz"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                ColumnMappingView.show(getScene().getWindow(), model.mapping(chosen.toPath()));
            }
        });
        MenuItem download = new MenuItem("Download MovieLens…");
        download.setId("downloadMenu");
        download.setOnAction(e -> DownloadView.show(getScene().getWindow(), model.downloads()));
        importButton.getItems().addAll(folder, file, mapped, new SeparatorMenuItem(), download);
        importButton.disableProperty().bind(model.imports().runningProperty());

        Button explore = new Button("Overview");
        explore.setId("overviewButton");
        explore.setOnAction(e -> {
            BrowserViewModel browser = model.browser();
            if (browser != null) {
                BrowserWindow.show(getScene().getWindow(), browser);
            }
        });
        MenuButton manage = new MenuButton("⋯");
        manage.setId("manageDataset");
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog(model.selectedProperty().get().name());
            dialog.initOwner(getScene().getWindow());
            dialog.setTitle("Rename dataset");
            dialog.setHeaderText("New name for " + EchoedText.safe(model.selectedProperty().get().name()));
            dialog.showAndWait().ifPresent(model::rename);
        });
        MenuItem delete = new MenuItem("Delete…");
        delete.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete \""
                    + EchoedText.safe(model.selectedProperty().get().name())
                    + "\" with its items, users, interactions and profiles? This cannot be undone.",
                    ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(getScene().getWindow());
            confirm.setTitle("Delete dataset");
            confirm.setHeaderText("Delete this dataset?");
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.deleteSelected());
        });
        manage.getItems().addAll(rename, delete);
        explore.disableProperty().bind(model.selectedProperty().isNull());
        manage.disableProperty().bind(model.selectedProperty().isNull());
        return new HBox(6, importButton, explore, manage);
    }

    /** The import's progress bar, file, bytes, rows and rows/s, with Cancel; shown while it runs. */
    static VBox importProgress(ImportViewModel imports) {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(imports.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelImport");
        cancel.setOnAction(e -> imports.cancel());
        cancel.disableProperty().bind(imports.cancellableProperty().not());
        Label text = new Label();
        text.setId("importProgressText");
        text.getStyleClass().add("muted");
        text.setWrapText(true);
        text.textProperty().bind(imports.progressTextProperty());
        VBox box = new VBox(4, new HBox(6, bar, cancel), text);
        box.visibleProperty().bind(imports.runningProperty());
        box.managedProperty().bind(imports.runningProperty());
        return box;
    }

    /** The summary's height in rows: as many as its wrapped lines need, so a short summary is not mostly space. */
    static int rows(String summary) {
        int rows = 0;
        for (String line : summary.split("\n", -1)) {
            rows += Math.max(1, (line.length() + SUMMARY_COLUMNS - 1) / SUMMARY_COLUMNS);
        }
        return Math.max(2, Math.min(MAX_SUMMARY_ROWS, rows));
    }

    private void showOutcome(ImportViewModel.Outcome outcome) {
        Alert alert = new Alert(outcome.success() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.setTitle(outcome.title());
        alert.setHeaderText(outcome.title());
        TextArea text = new TextArea(outcome.text());
        text.setId("importSummary");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(SUMMARY_COLUMNS);
        text.setPrefRowCount(rows(outcome.text()));
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
