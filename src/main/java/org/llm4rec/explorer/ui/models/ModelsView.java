package org.llm4rec.explorer.ui.models;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.llm.LoadedModel;

/** The models window: installed models with their details, loaded models, and pulling a model. */
public final class ModelsView extends VBox {

    public ModelsView(ModelsViewModel model) {
        super(10);
        setPadding(new Insets(14));

        ComboBox<String> server = new ComboBox<>(model.serverUrls());
        server.setId("modelsServer");
        server.valueProperty().bindBidirectional(model.serverProperty());
        model.serverProperty().addListener((o, before, now) -> {
            if (before != null && now != null && !before.equals(now)) {
                model.refresh();
            }
        });
        Button refresh = new Button("Refresh");
        refresh.setId("refreshModels");
        refresh.disableProperty().bind(model.refreshingProperty());
        refresh.setOnAction(e -> model.refresh());
        Label listMessage = new Label();
        listMessage.setId("modelsMessage");
        listMessage.getStyleClass().add("muted");
        listMessage.setWrapText(true);
        listMessage.textProperty().bind(model.listMessageProperty());
        HBox top = new HBox(8, new Label("Server"), server, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<ModelRow> installed = new TableView<>(model.installed());
        installed.setId("installedModels");
        installed.setPlaceholder(new Label("No models listed."));
        installed.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        installed.getColumns().add(column("Name", r -> r.info().name(), 170));
        installed.getColumns().add(column("Family", r -> r.info().family(), 70));
        installed.getColumns().add(column("Parameters", r -> r.info().parameterSize(), 80));
        installed.getColumns().add(column("Quantisation", r -> r.info().quantization(), 90));
        installed.getColumns().add(column("Size", r -> ModelsViewModel.size(r.info().sizeBytes()), 70));
        installed.getColumns().add(column("Context", ModelRow::contextLength, 80));
        installed.getColumns().add(column("Can", ModelRow::capabilities, 110));
        installed.getColumns().add(column("Digest", ModelRow::shortDigest, 100));
        installed.setPrefHeight(200);
        installed.setMinHeight(90);
        VBox.setVgrow(installed, Priority.ALWAYS);

        TableView<LoadedModel> loaded = new TableView<>(model.loaded());
        loaded.setId("loadedModels");
        loaded.setPlaceholder(new Label("No model is loaded in memory."));
        loaded.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loaded.getColumns().add(column("Loaded", LoadedModel::name, 170));
        loaded.getColumns().add(column("Memory", m -> ModelsViewModel.size(m.sizeBytes()), 80));
        loaded.getColumns().add(column("In GPU", m -> ModelsViewModel.size(m.sizeVramBytes()), 80));
        loaded.getColumns().add(column("Context", m -> m.contextLength() == null ? "" : m.contextLength().toString(), 80));
        loaded.getColumns().add(column("Unloads at", LoadedModel::expiresAt, 200));
        loaded.setPrefHeight(100);
        loaded.setMinHeight(70);

        getChildren().addAll(top, listMessage, installed, loaded, pullPane(model));
        setPrefSize(920, 700);
    }

    private static VBox pullPane(ModelsViewModel model) {
        TextField name = new TextField();
        name.setId("pullName");
        name.setPromptText("Model to pull, e.g. llama3.2:3b");
        name.textProperty().bindBidirectional(model.pullNameProperty());
        name.setOnAction(e -> model.pull());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button pull = new Button("Pull");
        pull.setId("pullButton");
        pull.getStyleClass().add("accent");
        pull.disableProperty().bind(model.pullingProperty());
        pull.setOnAction(e -> model.pull());
        pull.setTooltip(new Tooltip("Download the model from the Ollama library onto the chosen server."));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelPull");
        cancel.disableProperty().bind(model.pullingProperty().not());
        cancel.setOnAction(e -> model.cancelPull());
        HBox row = new HBox(8, name, pull, cancel);
        row.setAlignment(Pos.CENTER_LEFT);

        ProgressBar total = new ProgressBar(0);
        total.setId("pullTotal");
        total.setMaxWidth(Double.MAX_VALUE);
        total.progressProperty().bind(model.pullTotalProperty());
        total.visibleProperty().bind(model.pullingProperty().or(model.pullTotalProperty().greaterThan(0)));
        Label status = new Label();
        status.setId("pullStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.pullStatusProperty());
        model.pullFailedProperty().addListener((o, was, failed) -> {
            status.getStyleClass().removeAll("error");
            if (failed) {
                status.getStyleClass().add("error");
            }
        });
        VBox layerBars = new VBox(3);
        layerBars.setId("pullLayers");
        model.layers().addListener((ListChangeListener<LayerProgress>) change -> layerBars.getChildren()
                .setAll(model.layers().stream().map(ModelsView::layerBar).toList()));

        Label title = new Label("Pull a model");
        title.getStyleClass().add("step-title");
        return new VBox(6, title, row, total, status, layerBars);
    }

    private static HBox layerBar(LayerProgress layer) {
        ProgressBar bar = new ProgressBar(layer.fraction());
        bar.setPrefWidth(260);
        bar.getStyleClass().add("layer-progress");
        Label label = new Label(layer.digest().replace("sha256:", "").substring(0, 12) + "  "
                + ModelsViewModel.size(layer.completed()) + " / " + ModelsViewModel.size(layer.total()));
        label.getStyleClass().add("muted");
        HBox row = new HBox(8, bar, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> text(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }
}
