package org.llm4rec.explorer.ui.results;

import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;

/** What columns need from the rest of the window: the current profile, dataset, templates, models and choices. */
public interface RunContext {

    /** The configuration the sidebar shows now, for a new column; empty while no strategy or model is chosen. */
    Optional<ColumnConfiguration> current();

    /** Why nothing can run now, in one sentence; empty when runs can start. */
    String blocker();

    /**
     * The first repeat of the configuration on the current profile.
     *
     * @param candidates the candidates to rank, empty to draw them per run
     */
    RecommendationRequest request(ColumnConfiguration configuration, List<Item> candidates);

    /** Every strategy a column can use. */
    List<PromptStrategy> strategies();

    /** The installed models, as the server lists them. */
    ObservableList<ModelInfo> models();

    /** Display name of a strategy id; ids of strategies no longer built in show as they are. */
    default String strategyName(String id) {
        return strategies().stream().filter(s -> s.id().equals(id)).map(PromptStrategy::name).findFirst().orElse(id);
    }
}
