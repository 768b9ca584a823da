package org.llm4rec.explorer.boot;

import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.RaterName;
import org.llm4rec.explorer.app.SampleData;
import org.llm4rec.explorer.app.SavedMappings;
import org.llm4rec.explorer.app.UiPreferences;
import org.llm4rec.explorer.app.download.DatasetDownloader;
import org.llm4rec.explorer.app.download.DownloadableDataset;
import org.llm4rec.explorer.app.experiment.ExperimentJudging;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.export.ComparisonFiles;
import org.llm4rec.explorer.app.export.Judgements;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.judge.RunHistories;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.ui.data.DataViewModel;
import org.llm4rec.explorer.ui.data.DatasetTools;
import org.llm4rec.explorer.ui.experiment.ExperimentsViewModel;
import org.llm4rec.explorer.ui.experiment.UserOpener;
import org.llm4rec.explorer.ui.export.ExportViewModel;
import org.llm4rec.explorer.ui.history.HistoryViewModel;
import org.llm4rec.explorer.ui.judge.AgreementViewModel;
import org.llm4rec.explorer.ui.judge.JudgeViewModel;
import org.llm4rec.explorer.ui.models.ModelsViewModel;
import org.llm4rec.explorer.ui.profile.ProfileViewModel;
import org.llm4rec.explorer.ui.prompt.PromptWorkbenchViewModel;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.settings.SettingsViewModel;
import org.llm4rec.explorer.ui.shell.AppearanceViewModel;
import org.llm4rec.explorer.ui.shell.MainViewModel;
import org.llm4rec.explorer.ui.status.StatusViewModel;
import org.llm4rec.explorer.ui.strategy.StrategyViewModel;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * The window's composition root: the view models over the one {@link Wiring} of store, model servers and services,
 * built once by constructor injection and closed at the end.
 */
final class AppContext implements AutoCloseable {
    // Model calls can hold a worker for minutes; enough others stay free for the store and the catalogue search.
    private static final int WORKERS = 8;

    private final Wiring wiring;
    private final Background background;
    private final MainViewModel mainViewModel;

    private AppContext(Wiring wiring, Background background, MainViewModel mainViewModel) {
        this.wiring = wiring;
        this.background = background;
        this.mainViewModel = mainViewModel;
    }

    /**
     * Builds the app for a configuration.
     *
     * @param ui runs UI updates (the JavaFX thread)
     * @param preferencesLoading the window preferences, asked for only once the store is open: they may still be
     *                           loading on another thread meanwhile
     */
    static AppContext create(AppConfig config, Executor ui, Supplier<UiPreferences> preferencesLoading) {
        Wiring wiring = Wiring.forWindow(config);
        var catalogue = wiring.catalogue();
        var profiles = wiring.profiles();
        var runs = wiring.runs();
        var servers = wiring.servers();
        var llm = wiring.llm();
        var responseCache = wiring.responseCache();
        var background = new Background(Executors.newFixedThreadPool(WORKERS, daemon("worker")),
                Executors.newSingleThreadScheduledExecutor(daemon("timer")), ui);
        var service = wiring.recommendations();

        var tasks = new TaskList(background);
        var status = new StatusViewModel(llm, tasks);
        var datasetStore = wiring.datasetStore();
        var data = new DataViewModel(catalogue, tasks, () -> new SampleData().install(catalogue, profiles),
                wiring.imports(), datasetStore, wiring.interactions(),
                new DatasetTools(new SavedMappings(wiring.settings()), DatasetDownloader.create(
                        System.getProperty(DatasetDownloader.BASE_URL_PROPERTY, DownloadableDataset.GROUPLENS),
                        config.dataDir().resolve("downloads"))));
        UiPreferences preferences = preferencesLoading.get();
        data.preferDataset(preferences.lastDatasetId());
        var profile = new ProfileViewModel(profiles, catalogue, wiring.datasetUsers(), background,
                data.selectedProperty(), () -> UUID.randomUUID().toString());
        profile.preferProfile(preferences.lastProfileId());
        var strategy = new StrategyViewModel(llm, background, Strategies.all());
        var comparisons = wiring.comparisons();
        var results = new ResultsViewModel(service, tasks, comparisons, wiring.clock());
        var history = new HistoryViewModel(runs, comparisons, background, results,
                id -> Strategies.byId(id).map(PromptStrategy::name).orElse(id));
        var prompt = new PromptWorkbenchViewModel(service, wiring.templates(), background,
                data.selectedProperty(), profile.selectedProperty(), strategy.strategyProperty(),
                strategy.countProperty(), strategy::options);
        var judgements = wiring.judgements();
        var modelJudgements = wiring.modelJudgements();
        var modelJudges = new ModelJudgeService(llm, modelJudgements, wiring.clock());
        var runHistories = new RunHistories(profiles, wiring.datasetUsers());
        var agreement = new AgreementViewModel(modelJudges, modelJudgements, judgements, runs, runHistories,
                wiring.templates(), background, strategy.models());
        var judge = new JudgeViewModel(judgements,
                new RaterName(wiring.settings()), runs, profiles, results, tasks, wiring.clock(),
                () -> UUID.randomUUID().toString(), id -> Strategies.byId(id).map(PromptStrategy::name).orElse(id),
                agreement);
        var settings = new SettingsViewModel(servers, responseCache, background, judge.raterProperty(), () -> {
            status.check();
            strategy.refreshModels();
        });
        var models = new ModelsViewModel(servers, tasks, strategy::refreshModels);
        var export = new ExportViewModel(results, background, new ComparisonFiles(),
                Judgements.from(judgements, modelJudgements), wiring.clock());
        var experimentStore = wiring.experiments();
        var experiments = new ExperimentsViewModel(wiring.experimentRunner(llm,
                ExperimentRunner.concurrencyOf(servers)), experimentStore,
                catalogue, tasks, data.selectedProperty(), strategy.models(), new UserOpener(
                wiring.datasetUsers(), runs, background, profile::startFrom, results::show,
                () -> UUID.randomUUID().toString()), System::nanoTime,
                new ExperimentJudging(modelJudges, modelJudgements, runs, runHistories), wiring.templates());
        return new AppContext(wiring, background,
                new MainViewModel(data, profile, strategy, results, status, history,
                        new AppearanceViewModel(preferences), prompt, settings, models, judge, export,
                        experiments));
    }

    MainViewModel mainViewModel() {
        return mainViewModel;
    }

    @Override
    public void close() {
        background.close();
        wiring.close();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "llm4rec-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
