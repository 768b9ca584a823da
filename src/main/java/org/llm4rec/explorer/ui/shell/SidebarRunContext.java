package org.llm4rec.explorer.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.port.ColumnConfiguration;
import org.llm4rec.explorer.app.RecommendationRequest;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ModelName;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.ui.data.DataViewModel;
import org.llm4rec.explorer.ui.profile.ProfileViewModel;
import org.llm4rec.explorer.ui.prompt.PromptWorkbenchViewModel;
import org.llm4rec.explorer.ui.results.RunContext;
import org.llm4rec.explorer.ui.status.StatusViewModel;
import org.llm4rec.explorer.ui.strategy.StrategyViewModel;

/** The sidebar as the comparison sees it: the profile every column runs on, and the choices for a new column. */
final class SidebarRunContext implements RunContext {
    private final DataViewModel data;
    private final ProfileViewModel profile;
    private final StrategyViewModel strategy;
    private final PromptWorkbenchViewModel prompt;
    private final StatusViewModel status;

    SidebarRunContext(DataViewModel data, ProfileViewModel profile, StrategyViewModel strategy,
                      PromptWorkbenchViewModel prompt, StatusViewModel status) {
        this.data = data;
        this.profile = profile;
        this.strategy = strategy;
        this.prompt = prompt;
        this.status = status;
    }

    @Override
    public Optional<ColumnConfiguration> current() {
        PromptStrategy chosen = strategy.strategyProperty().get();
        ModelInfo model = strategy.modelFor(chosen);
        if (chosen == null || model == null) {
            return Optional.empty();
        }
        return Optional.of(new ColumnConfiguration(chosen.id(), model.name(), strategy.options(),
                strategy.countProperty().get(), prompt.settings(), 1));
    }

    @Override
    public String blocker() {
        if (data.selectedProperty().get() == null) {
            return "Loading the dataset…";
        }
        if (status.stateProperty().get() == StatusViewModel.State.UNREACHABLE) {
            return "Ollama is not reachable: see the status bar below.";
        }
        if (profile.promptProfileProperty().get() == null) {
            return "Pick a profile.";
        }
        return profile.runBlockerProperty().get();
    }

    @Override
    public RecommendationRequest request(ColumnConfiguration configuration, List<Item> candidates) {
        PromptStrategy chosen = strategies().stream().filter(s -> s.id().equals(configuration.strategyId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("The strategy \""
                        + configuration.strategyId() + "\" is not built in any more: pick another in the column."));
        // A model the server does not list is still asked, so the column shows the server's own answer (404).
        ModelInfo model = ModelName.installed(configuration.model(), models())
                .orElse(new ModelInfo(configuration.model(), null, "", "", "", 0));
        return new RecommendationRequest(data.selectedProperty().get(), profile.promptProfileProperty().get(),
                chosen, prompt.templateFor(chosen), model, status.serverVersionProperty().get(),
                configuration.options(), configuration.count(), candidates, configuration.settings(), 0,
                strategy.generationOptions().bypassCacheProperty().get());
    }

    @Override
    public List<PromptStrategy> strategies() {
        return strategy.strategies();
    }

    @Override
    public ObservableList<ModelInfo> models() {
        return strategy.models();
    }
}
