package org.llm4rec.explorer.ui.data;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.app.download.DownloadableDataset;

/**
 * The download window: datasets with size and source, the licence to accept, progress and Cancel, and Start over
 * for what an unfinished download kept.
 */
public final class DownloadView extends BorderPane {

    public static Stage show(Window owner, DownloadViewModel model) {
        return DataWindows.open(owner, "Download a dataset", stage -> new DownloadView(model, stage), 860, 600);
    }

    DownloadView(DownloadViewModel model, Stage stage) {
        setId("downloadDatasets");
        setPadding(new Insets(12));
        ListView<DownloadableDataset> list = new ListView<>(model.datasets());
        list.setId("downloadList");
        list.setPrefWidth(250);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DownloadableDataset dataset, boolean empty) {
                super.updateItem(dataset, empty);
                setText(empty || dataset == null ? null
                        : dataset.name() + "\n" + String.format("%.1f MB", dataset.size() / 1e6));
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        list.disableProperty().bind(model.downloadingProperty().or(model.imports().runningProperty()));
        setLeft(list);
        BorderPane.setMargin(list, new Insets(0, 12, 0, 0));
        setCenter(details(model));
        setBottom(bottom(model, stage));
    }

    private static VBox details(DownloadViewModel model) {
        Label name = new Label();
        name.getStyleClass().add("title-3");
        Label description = new Label();
        description.setWrapText(true);
        Label source = new Label();
        source.setId("downloadUrl");
        source.setWrapText(true);
        source.getStyleClass().add("muted");
        TextArea licence = new TextArea();
        licence.setId("licenceText");
        licence.setEditable(false);
        licence.setWrapText(true);
        licence.setPrefRowCount(7);
        CheckBox accept = new CheckBox("I have read this licence and accept it");
        accept.setId("acceptLicence");
        accept.selectedProperty().bindBidirectional(model.acceptedProperty());
        accept.disableProperty().bind(model.downloadingProperty());
        model.selectedProperty().addListener((o, old, dataset) -> show(model, dataset, name, description, source,
                licence));
        show(model, model.selectedProperty().get(), name, description, source, licence);
        Label note = new Label("Nothing is downloaded until you press Download and import. The file is kept in the app's data"
                + " folder, for you only: the licence forbids passing it on.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        VBox box = new VBox(8, name, description, source, new Label("Licence"), licence, accept, note);
        VBox.setVgrow(licence, Priority.ALWAYS);
        return box;
    }

    private static void show(DownloadViewModel model, DownloadableDataset dataset, Label name, Label description,
                             Label source, TextArea licence) {
        name.setText(dataset == null ? "" : dataset.name());
        description.setText(dataset == null ? "" : dataset.description());
        source.setText(dataset == null ? "" : String.format("Source: %s (%.1f MB)%nFull licence: %s",
                model.url(dataset), dataset.size() / 1e6, dataset.licenceUrl()));
        licence.setText(dataset == null ? "" : dataset.licence());
    }

    private static VBox bottom(DownloadViewModel model, Stage stage) {
        ProgressBar bar = new ProgressBar();
        bar.setId("downloadProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.setId("downloadProgressText");
        progressText.getStyleClass().add("muted");
        ImportViewModel imports = model.imports();
        model.downloadingProperty().addListener((o, old, now) -> bind(model, bar, progressText));
        imports.runningProperty().addListener((o, old, now) -> bind(model, bar, progressText));
        bind(model, bar, progressText);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelDownload");
        cancel.setOnAction(e -> model.cancel());
        VBox progress = new VBox(4, new HBox(6, bar, cancel), progressText);
        progress.visibleProperty().bind(model.downloadingProperty().or(imports.runningProperty()));
        progress.managedProperty().bind(progress.visibleProperty());

        Label message = new Label();
        message.setId("downloadMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        model.failedProperty().addListener((o, old, failed) -> message.getStyleClass().setAll(
                failed ? java.util.List.of("label", "danger") : java.util.List.of("label")));
        TextArea outcome = DataWindows.outcome(imports, "downloadOutcome");
        outcome.setPrefRowCount(5);

        Button download = new Button("Download and import");
        download.setId("downloadButton");
        download.setDefaultButton(true);
        download.disableProperty().bind(model.canDownload().not());
        download.setOnAction(e -> model.download());
        Button startOver = new Button("Start over");
        startOver.setId("startOver");
        startOver.setTooltip(new Tooltip("Delete what an earlier download kept, so that the next"
                + " one starts from the beginning"));
        startOver.visibleProperty().bind(model.partKeptProperty().and(model.downloadingProperty().not()));
        startOver.managedProperty().bind(startOver.visibleProperty());
        startOver.setOnAction(e -> model.startOver());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            model.cancel();
            stage.close();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, startOver, download, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, progress, message, outcome, buttons);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    /** The bar shows the download, then the import. */
    private static void bind(DownloadViewModel model, ProgressBar bar, Label text) {
        ImportViewModel imports = model.imports();
        bar.progressProperty().unbind();
        text.textProperty().unbind();
        if (imports.runningProperty().get()) {
            bar.progressProperty().bind(imports.progressProperty());
            text.textProperty().bind(imports.progressTextProperty());
        } else {
            bar.progressProperty().bind(model.progressProperty());
            text.textProperty().bind(model.progressTextProperty());
        }
    }
}
