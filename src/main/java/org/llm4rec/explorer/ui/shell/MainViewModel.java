package org.llm4rec.explorer.ui.shell;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.llm4rec.explorer.ui.data.DataViewModel;
import org.llm4rec.explorer.ui.experiment.ExperimentsViewModel;
import org.llm4rec.explorer.ui.export.ExportViewModel;
import org.llm4rec.explorer.ui.history.HistoryViewModel;
import org.llm4rec.explorer.ui.judge.JudgeViewModel;
import org.llm4rec.explorer.ui.models.ModelsViewModel;
import org.llm4rec.explorer.ui.profile.ProfileViewModel;
import org.llm4rec.explorer.ui.prompt.PromptWorkbenchViewModel;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.settings.SettingsViewModel;
import org.llm4rec.explorer.ui.status.StatusViewModel;
import org.llm4rec.explorer.ui.strategy.StrategyViewModel;
import org.llm4rec.explorer.ui.tour.TourViewModel;
import org.llm4rec.explorer.ui.welcome.WelcomeViewModel;

/** The workflow Data → Profile → Strategy → Results, and the Recommend action that joins the steps. */
public final class MainViewModel {
    private final DataViewModel data;
    private final ProfileViewModel profile;
    private final StrategyViewModel strategy;
    private final ResultsViewModel results;
    private final StatusViewModel status;
    private final HistoryViewModel history;
    private final AppearanceViewModel appearance;
    private final WelcomeViewModel welcome;
    private final TourViewModel tour = TourViewModel.mainPath();
    private final PromptWorkbenchViewModel prompt;
    private final SettingsViewModel settings;
    private final ModelsViewModel models;
    private final JudgeViewModel judge;
    private final ExportViewModel export;
    private final ExperimentsViewModel experiments;
    private final StringBinding recommendHint;
    private final BooleanBinding canRecommend;
    private final SidebarRunContext sidebar;

    public MainViewModel(DataViewModel data, ProfileViewModel profile, StrategyViewModel strategy,
                         ResultsViewModel results, StatusViewModel status, HistoryViewModel history,
                         AppearanceViewModel appearance, PromptWorkbenchViewModel prompt,
                         SettingsViewModel settings, ModelsViewModel models, JudgeViewModel judge,
                         ExportViewModel export, ExperimentsViewModel experiments) {
        this.data = data;
        this.profile = profile;
        this.strategy = strategy;
        this.results = results;
        this.status = status;
        this.history = history;
        this.appearance = appearance;
        this.welcome = new WelcomeViewModel(status, strategy.models(), data.selectedProperty());
        this.prompt = prompt;
        this.settings = settings;
        this.models = models;
        this.judge = judge;
        this.export = export;
        this.experiments = experiments;
        results.setOnRunFinished(history::refresh);
        results.setOnPull(models::offerPull);
        status.setOnConnected(server -> strategy.refreshModels());
        results.trackProfile(profile.promptProfileProperty());
        this.sidebar = new SidebarRunContext(data, profile, strategy, prompt, status);
        results.useContext(sidebar);
        recommendHint = Bindings.createStringBinding(this::whatIsMissing, data.selectedProperty(),
                profile.promptProfileProperty(), profile.runBlockerProperty(), strategy.strategyProperty(),
                strategy.modelProperty(), strategy.embedding().modelProperty(), status.stateProperty());
        canRecommend = recommendHint.isEmpty();
        recommendHint.addListener((o, old, now) -> results.recheckBlocker());
    }

    /** Loads the data and starts watching the model server. */
    public void start() {
        data.load();
        status.start();
        history.refresh();
    }

    /** Why Recommend cannot run yet, in one sentence; empty when it can. */
    private String whatIsMissing() {
        String blocker = sidebar.blocker();
        if (!blocker.isEmpty()) {
            return blocker;
        }
        if (strategy.strategyProperty().get() == null) {
            return "Pick a strategy.";
        }
        if (strategy.modelFor(strategy.strategyProperty().get()) == null) {
            return strategy.modelProperty().get() == null ? "Pick a model."
                    : "Pick an embedding model, e.g. `ollama pull nomic-embed-text`.";
        }
        return "";
    }

    /** Runs the chosen strategy and model on the chosen profile in a new column. */
    public void recommend() {
        if (!canRecommend.get()) {
            return;
        }
        sidebar.current().ifPresent(configuration -> results.run(sidebar.request(configuration, List.of())));
    }

    public BooleanBinding canRecommendProperty() {
        return canRecommend;
    }

    public StringBinding recommendHintProperty() {
        return recommendHint;
    }

    public DataViewModel data() {
        return data;
    }

    public ProfileViewModel profile() {
        return profile;
    }

    public StrategyViewModel strategy() {
        return strategy;
    }

    public ResultsViewModel results() {
        return results;
    }

    public StatusViewModel status() {
        return status;
    }

    public HistoryViewModel history() {
        return history;
    }

    public AppearanceViewModel appearance() {
        return appearance;
    }

    public WelcomeViewModel welcome() {
        return welcome;
    }

    public TourViewModel tour() {
        return tour;
    }

    public PromptWorkbenchViewModel prompt() {
        return prompt;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public ModelsViewModel models() {
        return models;
    }

    /** Ratings, blind A/B sessions and the leaderboard. */
    public JudgeViewModel judge() {
        return judge;
    }

    public ExportViewModel export() {
        return export;
    }

    public ExperimentsViewModel experiments() {
        return experiments;
    }
}
