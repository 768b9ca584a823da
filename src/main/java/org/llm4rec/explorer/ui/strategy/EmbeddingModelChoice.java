package org.llm4rec.explorer.ui.strategy;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.Paradigm;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;

/**
 * The embedding model that discriminative strategies run with, chosen from the server's models. An embedding
 * model is picked by itself when the list arrives (its name says "embed", "minilm" or "bge"), and the choice is
 * kept while it stays installed.
 */
public final class EmbeddingModelChoice {
    private static final List<String> EMBEDDING_NAMES = List.of("embed", "minilm", "bge", "e5");

    private final ObservableList<ModelInfo> models;
    private final ObjectProperty<ModelInfo> model = new SimpleObjectProperty<>();
    private final BooleanBinding shown;

    EmbeddingModelChoice(ObservableList<ModelInfo> models, ReadOnlyObjectProperty<PromptStrategy> strategy) {
        this.models = models;
        this.shown = Bindings.createBooleanBinding(() -> strategy.get() != null
                && strategy.get().paradigm() == Paradigm.DISCRIMINATIVE, strategy);
        models.addListener((ListChangeListener<ModelInfo>) change -> keepOrPick());
        keepOrPick();
    }

    private void keepOrPick() {
        ModelInfo previous = model.get();
        model.set(models.stream().filter(m -> previous != null && m.name().equals(previous.name())).findFirst()
                .orElseGet(() -> models.stream().filter(EmbeddingModelChoice::looksLikeEmbedding).findFirst()
                        .orElse(null)));
    }

    static boolean looksLikeEmbedding(ModelInfo m) {
        String name = m.name().toLowerCase(Locale.ROOT);
        return EMBEDDING_NAMES.stream().anyMatch(name::contains);
    }

    public ObservableList<ModelInfo> models() {
        return models;
    }

    public ObjectProperty<ModelInfo> modelProperty() {
        return model;
    }

    /** True while a discriminative strategy is chosen, the only kind that uses it. */
    public BooleanBinding shownProperty() {
        return shown;
    }
}
