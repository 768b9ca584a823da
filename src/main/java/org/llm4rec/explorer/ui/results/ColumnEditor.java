package org.llm4rec.explorer.ui.results;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.ui.options.OptionsViewModel.Think;

/** The small form under a column's header that changes what the column runs next. */
final class ColumnEditor extends VBox {

    ColumnEditor(ColumnEditorViewModel model, RunContext context) {
        super(6);
        getStyleClass().add("column-editor");
        setPadding(new Insets(8));

        ComboBox<PromptStrategy> strategy = new ComboBox<>(context == null ? FXCollections.observableArrayList()
                : FXCollections.observableArrayList(context.strategies()));
        strategy.setId("columnStrategy");
        strategy.valueProperty().bindBidirectional(model.strategyProperty());
        strategy.setConverter(new StringConverter<>() {
            @Override
            public String toString(PromptStrategy s) {
                return s == null ? "" : s.name();
            }

            @Override
            public PromptStrategy fromString(String text) {
                return null;
            }
        });
        strategy.setMaxWidth(Double.MAX_VALUE);
        // Typed model names are allowed: a column can ask for a model the server does not list (yet).
        ComboBox<String> modelName = new ComboBox<>();
        modelName.setId("columnModel");
        modelName.setEditable(true);
        if (context != null) {
            modelName.setItems(FXCollections.observableArrayList(context.models().stream().map(ModelInfo::name)
                    .toList()));
        }
        modelName.getEditor().textProperty().bindBidirectional(model.modelProperty());
        modelName.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Think> think = new ComboBox<>(FXCollections.observableArrayList(Think.values()));
        think.valueProperty().bindBidirectional(model.thinkProperty());
        think.setId("columnThink");

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(60);
        grid.getColumnConstraints().addAll(labels, fields, labels, fields);
        grid.addRow(0, new Label("Strategy"), strategy);
        GridPane.setColumnSpan(strategy, 3);
        grid.addRow(1, new Label("Model"), modelName);
        GridPane.setColumnSpan(modelName, 3);
        grid.addRow(2, new Label("Temperature"), field("columnTemperature", model.temperatureProperty()),
                new Label("Seed"), field("columnSeed", model.seedProperty()));
        grid.addRow(3, new Label("top_p"), field("columnTopP", model.topPProperty()),
                new Label("num_ctx"), field("columnNumCtx", model.numCtxProperty()));
        grid.addRow(4, new Label("num_predict"), field("columnNumPredict", model.numPredictProperty()),
                new Label("Repeats"), field("columnRepeats", model.repeatsProperty()));
        grid.addRow(5, new Label("Think"), think);
        GridPane.setColumnSpan(think, 3);

        Label error = new Label();
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        Button apply = new Button("Apply");
        apply.setId("columnApply");
        apply.setDefaultButton(false);
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> {
            if (model.apply()) {
                setVisible(false);
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> {
            model.reset(context);
            setVisible(false);
        });
        Label note = new Label("Applies to the next run; the results shown stay.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(grid, error, new HBox(6, apply, cancel), note);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setPromptText("default");
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
