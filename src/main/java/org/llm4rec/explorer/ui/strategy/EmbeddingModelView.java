package org.llm4rec.explorer.ui.strategy;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.ui.Shown;

/** The embedding model picker, shown only for discriminative strategies. */
final class EmbeddingModelView extends VBox {

    EmbeddingModelView(EmbeddingModelChoice choice) {
        setSpacing(4);
        ComboBox<ModelInfo> models = new ComboBox<>(choice.models());
        models.setId("embeddingModelCombo");
        models.setMaxWidth(Double.MAX_VALUE);
        models.setPromptText("Embedding model");
        models.valueProperty().bindBidirectional(choice.modelProperty());
        models.setConverter(Shown.as(ModelInfo::name));
        models.setTooltip(new Tooltip("The model that turns the user and the items into vectors (Ollama"
                + " /api/embed). Vectors are cached per model digest, so a catalogue is embedded once."));
        Label hint = new Label("No embedding model installed? `ollama pull nomic-embed-text`. The chat model"
                + " below is not used by this strategy.");
        hint.setId("embeddingModelHint");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        getChildren().addAll(new Label("Embedding model"), models, hint);
        visibleProperty().bind(choice.shownProperty());
        managedProperty().bind(visibleProperty());
    }
}
