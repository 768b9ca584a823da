package org.llm4rec.explorer;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.EmbeddingRanker;
import org.llm4rec.explorer.app.RaterName;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.SampleData;
import org.llm4rec.explorer.app.SavedMappings;
import org.llm4rec.explorer.app.download.DatasetDownloader;
import org.llm4rec.explorer.app.download.DownloadableDataset;
import org.llm4rec.explorer.app.UiPreferences;
import org.llm4rec.explorer.app.export.ComparisonFiles;
import org.llm4rec.explorer.app.export.Judgements;
import org.llm4rec.explorer.store.SqliteUserHistories;
import org.llm4rec.explorer.app.server.CachingLlmClient;
import org.llm4rec.explorer.app.server.ServerConnection;
import org.llm4rec.explorer.app.server.ServerSettings;
import org.llm4rec.explorer.app.server.ServerSettingsStore;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.llm.OllamaEmbedder;
import org.llm4rec.explorer.llm.OllamaServers;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteComparisonRepository;
import org.llm4rec.explorer.store.SqliteDatasetUsers;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteEmbeddingCache;
import org.llm4rec.explorer.store.SqliteInteractionRepository;
import org.llm4rec.explorer.store.SqliteJudgeRepository;
import org.llm4rec.explorer.store.SqliteProfileRepository;
import org.llm4rec.explorer.store.SqliteResponseCache;
import org.llm4rec.explorer.store.SqliteSettingsRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.store.SqliteTemplateRepository;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.store.SqliteExperimentRepository;
import org.llm4rec.explorer.ui.data.DataViewModel;
import org.llm4rec.explorer.ui.data.DatasetTools;
import org.llm4rec.explorer.ui.export.ExportViewModel;
import org.llm4rec.explorer.ui.experiment.ExperimentsViewModel;
import org.llm4rec.explorer.ui.experiment.UserOpener;
import org.llm4rec.explorer.ui.history.HistoryViewModel;
import org.llm4rec.explorer.ui.judge.JudgeViewModel;
import org.llm4rec.explorer.ui.models.ModelsViewModel;
import org.llm4rec.explorer.ui.profile.ProfileViewModel;
import org.llm4rec.explorer.ui.prompt.PromptWorkbenchViewModel;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.shell.AppearanceViewModel;
import org.llm4rec.explorer.ui.settings.SettingsViewModel;
import org.llm4rec.explorer.ui.shell.MainViewModel;
import org.llm4rec.explorer.ui.status.StatusViewModel;
import org.llm4rec.explorer.ui.strategy.StrategyViewModel;
import org.llm4rec.explorer.ui.task.TaskList;

/** The composition root: builds every part once, by constructor injection, and closes them at the end. */
final class AppContext implements AutoCloseable {
    // Model calls can hold a worker for minutes; enough others stay free for the store and the catalogue search.
    private static final int WORKERS = 8;

    private final Database database;
    private final Background background;
    private final MainViewModel mainViewModel;

    private AppContext(Database database, Background background, MainViewModel mainViewModel) {
        this.database = database;
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
        Database database = Database.open(config.databaseFile());
        var catalogue = new SqliteCatalogueRepository(database);
        var profiles = new SqliteProfileRepository(database);
        var runs = new SqliteRunRepository(database);
        var servers = new ServerConnection(new ServerSettingsStore(new SqliteSettingsRepository(database)),
                new OllamaServers(), ServerSettings.defaultsFor(config.ollamaUrl()));
        var responseCache = new SqliteResponseCache(database);
        var llm = new CachingLlmClient(servers.client(), responseCache);
        var background = new Background(Executors.newFixedThreadPool(WORKERS, daemon("worker")),
                Executors.newSingleThreadScheduledExecutor(daemon("timer")), ui);
        // No stored dataset has interactions yet: co-occurrence kNN, NIR user filtering and demonstrations from
        // other users say so until an importer provides an Interactions implementation.
        var histories = new SqliteUserHistories(database);
        var embeddings = new EmbeddingRanker(new OllamaEmbedder(servers::settings),
                new SqliteEmbeddingCache(database), catalogue, Clock.systemUTC());
        var service = new RecommendationService(llm, catalogue, runs, new ResponseParser(), Clock.systemUTC(),
                histories, embeddings);

        var tasks = new TaskList(background);
        var status = new StatusViewModel(llm, tasks);
        var datasetStore = new SqliteDatasetStore(database);
        var data = new DataViewModel(catalogue, tasks, () -> new SampleData().install(catalogue, profiles),
                new DatasetImportService(datasetStore), datasetStore, new SqliteInteractionRepository(database),
                new DatasetTools(new SavedMappings(new SqliteSettingsRepository(database)), DatasetDownloader.create(
                        System.getProperty(DatasetDownloader.BASE_URL_PROPERTY, DownloadableDataset.GROUPLENS),
                        config.dataDir().resolve("downloads"))));
        UiPreferences preferences = preferencesLoading.get();
        data.preferDataset(preferences.lastDatasetId());
        var profile = new ProfileViewModel(profiles, catalogue, new SqliteDatasetUsers(database), background,
                data.selectedProperty(), () -> UUID.randomUUID().toString());
        profile.preferProfile(preferences.lastProfileId());
        var strategy = new StrategyViewModel(llm, background, Strategies.all());
        var comparisons = new SqliteComparisonRepository(database);
        var results = new ResultsViewModel(service, tasks, comparisons, Clock.systemUTC());
        var history = new HistoryViewModel(runs, comparisons, background, results,
                id -> Strategies.byId(id).map(PromptStrategy::name).orElse(id));
        var prompt = new PromptWorkbenchViewModel(service, new SqliteTemplateRepository(database), background,
                data.selectedProperty(), profile.selectedProperty(), strategy.strategyProperty(),
                strategy.countProperty(), strategy::options);
        var judgements = new SqliteJudgeRepository(database);
        var judge = new JudgeViewModel(judgements,
                new RaterName(new SqliteSettingsRepository(database)), runs, profiles, results, tasks, Clock.systemUTC(),
                () -> UUID.randomUUID().toString(), id -> Strategies.byId(id).map(PromptStrategy::name).orElse(id));
        var settings = new SettingsViewModel(servers, responseCache, background, judge.raterProperty(), () -> {
            status.check();
            strategy.refreshModels();
        });
        var models = new ModelsViewModel(servers, tasks, strategy::refreshModels);
        var export = new ExportViewModel(results, background, new ComparisonFiles(),
                Judgements.from(judgements), Clock.systemUTC());
        var experimentStore = new SqliteExperimentRepository(database);
        var experiments = new ExperimentsViewModel(new ExperimentRunner(llm, catalogue, histories,
                experimentStore, ExperimentRunner.concurrencyOf(servers), Clock.systemUTC()), experimentStore,
                catalogue, tasks, data.selectedProperty(), strategy.models(), new UserOpener(
                new SqliteDatasetUsers(database), runs, background, profile::startFrom, results::show,
                () -> UUID.randomUUID().toString()), System::nanoTime);
        return new AppContext(database, background,
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
        database.close();
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
