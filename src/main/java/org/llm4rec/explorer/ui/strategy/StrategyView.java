package org.llm4rec.explorer.ui.strategy;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.ui.Shown;
import org.llm4rec.explorer.ui.options.OptionsView;

/** The Strategy step: strategy with its note, model picker and the main generation options. */
public final class StrategyView extends VBox {

    public StrategyView(StrategyViewModel model) {
        setSpacing(6);
        ComboBox<PromptStrategy> strategies = new ComboBox<>(model.strategies());
        strategies.setId("strategyCombo");
        strategies.setMaxWidth(Double.MAX_VALUE);
        strategies.valueProperty().bindBidirectional(model.strategyProperty());
        strategies.setConverter(Shown.as(PromptStrategy::name));

        Label aboutText = new Label();
        aboutText.getStyleClass().add("muted");
        aboutText.setWrapText(true);
        aboutText.textProperty().bind(model.strategyProperty().map(PromptStrategy::about).orElse(""));
        TitledPane about = new TitledPane("About this strategy", aboutText);
        about.setExpanded(false);
        about.setAnimated(false);

        ComboBox<ModelInfo> models = new ComboBox<>(model.models());
        models.setId("modelCombo");
        models.setMaxWidth(Double.MAX_VALUE);
        models.setPromptText("Model");
        models.valueProperty().bindBidirectional(model.modelProperty());
        models.setConverter(Shown.as(m -> m.name()
                + (m.parameterSize().isBlank() ? "" : "  · " + m.parameterSize())));
        Label modelHint = new Label();
        modelHint.setId("modelHint");
        modelHint.getStyleClass().add("muted");
        modelHint.setWrapText(true);
        modelHint.textProperty().bind(model.modelHintProperty());

        Spinner<Integer> count = new Spinner<>(1, 30, model.countProperty().get());
        count.getValueFactory().valueProperty().addListener((o, a, b) -> model.countProperty().set(b));
        count.setTooltip(new Tooltip("How many items to ask the model for."));
        Spinner<Double> temperature = new Spinner<>(
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 2, model.temperatureProperty().get(), 0.1));
        temperature.getValueFactory().valueProperty().bindBidirectional(model.temperatureProperty());
        temperature.setEditable(true);
        temperature.setTooltip(new Tooltip("Sampling temperature sent as options.temperature; 0 is greedy."));
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, model.seedProperty().get());
        seed.getValueFactory().valueProperty().bindBidirectional(model.seedProperty());
        seed.setEditable(true);
        seed.setTooltip(new Tooltip("Sampler seed sent as options.seed, so that a run can be replayed."));

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(4);
        options.setPadding(new Insets(4, 0, 0, 0));
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        options.getColumnConstraints().addAll(new ColumnConstraints(), grow);
        options.addRow(0, fixed("Items"), count);
        options.addRow(1, fixed("Temperature"), temperature);
        options.addRow(2, fixed("Seed"), seed);
        for (Spinner<?> spinner : new Spinner<?>[] {count, temperature, seed}) {
            spinner.setMaxWidth(Double.MAX_VALUE);
        }

        for (Spinner<?> spinner : new Spinner<?>[] {count, temperature, seed}) {
            spinner.setMinWidth(60);
        }
        getChildren().addAll(strategies, new EmbeddingModelView(model.embedding()), new Label("Model"), models,
                modelHint, options, new OptionsView(model.generationOptions()), about);
    }

    /** A label that keeps its whole word: the field beside it narrows instead. */
    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
