package org.llm4rec.explorer.ui.strategy;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.Paradigm;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.options.OptionsViewModel;

/** The Strategy step: how to ask (strategy, options) and whom (model). */
public final class StrategyViewModel {
    private final LlmClient llm;
    private final Background background;
    private final ObservableList<PromptStrategy> strategies;
    private final ObjectProperty<PromptStrategy> strategy = new SimpleObjectProperty<>();
    private final ObservableList<ModelInfo> models = FXCollections.observableArrayList();
    private final ObjectProperty<ModelInfo> model = new SimpleObjectProperty<>();
    private final StringProperty modelHint = new MessageProperty("Waiting for Ollama…");
    private final BooleanProperty loadingModels = new SimpleBooleanProperty();
    private final IntegerProperty count = new SimpleIntegerProperty(10);
    private final OptionsViewModel generationOptions = new OptionsViewModel();
    private final EmbeddingModelChoice embedding = new EmbeddingModelChoice(models, strategy);

    public StrategyViewModel(LlmClient llm, Background background, List<PromptStrategy> builtIns) {
        this.llm = llm;
        this.background = background;
        this.strategies = FXCollections.observableArrayList(builtIns);
        if (!builtIns.isEmpty()) {
            strategy.set(builtIns.get(0));
        }
    }

    /** Lists the installed models again; keeps the chosen one when it is still there. */
    public void refreshModels() {
        loadingModels.set(true);
        background.run("list models", llm::models, this::showModels, error -> {
            loadingModels.set(false);
            models.clear();
            modelHint.set(error.getMessage());
        });
    }

    private void showModels(List<ModelInfo> found) {
        loadingModels.set(false);
        ModelInfo previous = model.get();
        models.setAll(found);
        if (found.isEmpty()) {
            model.set(null);
            modelHint.set("Ollama has no models yet. Pull one in a terminal, e.g. `ollama pull llama3.2:3b`.");
            return;
        }
        modelHint.set(found.size() + " model(s) installed.");
        model.set(found.stream().filter(m -> previous != null && m.name().equals(previous.name()))
                .findFirst().orElse(found.get(0)));
    }

    /** The model a run of this strategy uses: the embedding model for discriminative ones, else the chosen one. */
    public ModelInfo modelFor(PromptStrategy forStrategy) {
        return forStrategy != null && forStrategy.paradigm() == Paradigm.DISCRIMINATIVE
                ? embedding.modelProperty().get() : model.get();
    }

    public EmbeddingModelChoice embedding() {
        return embedding;
    }

    /** The options a run will send, from the defaults and what the user changed. */
    public GenerationOptions options() {
        return generationOptions.options();
    }

    /** Every option, the thinking switch and the per-run cache switch. */
    public OptionsViewModel generationOptions() {
        return generationOptions;
    }

    public ObservableList<PromptStrategy> strategies() {
        return strategies;
    }

    public ObjectProperty<PromptStrategy> strategyProperty() {
        return strategy;
    }

    public ObservableList<ModelInfo> models() {
        return models;
    }

    public ObjectProperty<ModelInfo> modelProperty() {
        return model;
    }

    public StringProperty modelHintProperty() {
        return modelHint;
    }

    public BooleanProperty loadingModelsProperty() {
        return loadingModels;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public ObjectProperty<Double> temperatureProperty() {
        return generationOptions.temperatureProperty();
    }

    public ObjectProperty<Integer> seedProperty() {
        return generationOptions.seedProperty();
    }
}
