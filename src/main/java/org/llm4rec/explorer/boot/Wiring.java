package org.llm4rec.explorer.boot;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.IntSupplier;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.EmbeddingRanker;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.experiment.ExperimentJudging;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.judge.RunHistories;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.ComparisonRepository;
import org.llm4rec.explorer.app.port.DatasetStore;
import org.llm4rec.explorer.app.port.DatasetUsers;
import org.llm4rec.explorer.app.port.ExperimentRepository;
import org.llm4rec.explorer.app.port.InteractionRepository;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.ModelJudgementRepository;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.app.port.ResponseCache;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.port.SettingsRepository;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.app.server.CachingLlmClient;
import org.llm4rec.explorer.app.server.ServerConnection;
import org.llm4rec.explorer.app.server.ServerSettingsStore;
import org.llm4rec.explorer.cli.CommandServices;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.llm.OllamaEmbedder;
import org.llm4rec.explorer.llm.OllamaServers;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteComparisonRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteDatasetUsers;
import org.llm4rec.explorer.store.SqliteEmbeddingCache;
import org.llm4rec.explorer.store.SqliteExperimentRepository;
import org.llm4rec.explorer.store.SqliteInteractionRepository;
import org.llm4rec.explorer.store.SqliteJudgeRepository;
import org.llm4rec.explorer.store.SqliteModelJudgementRepository;
import org.llm4rec.explorer.store.SqliteProfileRepository;
import org.llm4rec.explorer.store.SqliteResponseCache;
import org.llm4rec.explorer.store.SqliteRunRepository;
import org.llm4rec.explorer.store.SqliteSettingsRepository;
import org.llm4rec.explorer.store.SqliteTemplateRepository;
import org.llm4rec.explorer.store.SqliteUserHistories;

/**
 * The one wiring of the store, the model servers and the application services, used by the window (through
 * {@link AppContext}) and by every subcommand. Only this package names the adapters; the rest sees the ports.
 * The model servers are built when first asked for, so that commands without a model (import, datasets) do not
 * load the model library.
 */
public final class Wiring implements CommandServices {
    private final Database database;
    private final Clock clock = Clock.systemUTC();
    private final ServerSettings explicitServers;
    private final ServerSettings fallbackServers;
    // Made when first asked for, as the model servers are: an import needs none of them, and the run repository
    // alone loads Jackson's data binding (400 classes, a tenth of a second of every import's start).
    private CatalogueRepository catalogue;
    private ProfileRepository profiles;
    private RunRepository runs;
    private SettingsRepository settings;
    private Interactions histories;
    private ServerConnection servers;
    private LlmClient llm;
    private RecommendationService recommendations;

    private Wiring(Database database, ServerSettings explicitServers, ServerSettings fallbackServers) {
        this.database = database;
        this.explicitServers = explicitServers;
        this.fallbackServers = fallbackServers;
    }

    /** The window's wiring: the servers saved in Settings, else the address of the configuration. */
    static Wiring forWindow(AppConfig config) {
        return new Wiring(Database.open(config.databaseFile()), null, ServerSettings.defaultsFor(config.ollamaUrl()));
    }

    /**
     * A subcommand's wiring: the server given on its command line, else the saved ones, else $OLLAMA_HOST or
     * localhost.
     */
    public static CommandServices forCommand(Path dataDir, String ollamaUrl) {
        Path dir = dataDir != null ? dataDir : AppConfig.defaultDataDir(System.getenv(),
                System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
        return new Wiring(Database.open(new AppConfig(dir, "").databaseFile()),
                ollamaUrl == null ? null : ServerSettings.defaultsFor(ollamaUrl),
                ServerSettings.defaultsFor(OllamaSettings.baseUrlFromOllamaHost(System.getenv("OLLAMA_HOST"))));
    }

    @Override
    public Path databaseFile() {
        return database.file();
    }

    Clock clock() {
        return clock;
    }

    @Override
    public synchronized CatalogueRepository catalogue() {
        if (catalogue == null) {
            catalogue = new SqliteCatalogueRepository(database);
        }
        return catalogue;
    }

    @Override
    public synchronized ProfileRepository profiles() {
        if (profiles == null) {
            profiles = new SqliteProfileRepository(database);
        }
        return profiles;
    }

    synchronized RunRepository runs() {
        if (runs == null) {
            runs = new SqliteRunRepository(database);
        }
        return runs;
    }

    synchronized SettingsRepository settings() {
        if (settings == null) {
            settings = new SqliteSettingsRepository(database);
        }
        return settings;
    }

    private synchronized Interactions histories() {
        if (histories == null) {
            histories = new SqliteUserHistories(database);
        }
        return histories;
    }

    @Override
    public InteractionRepository interactions() {
        return new SqliteInteractionRepository(database);
    }

    @Override
    public DatasetUsers datasetUsers() {
        return new SqliteDatasetUsers(database);
    }

    @Override
    public ExperimentRepository experiments() {
        return new SqliteExperimentRepository(database);
    }

    DatasetStore datasetStore() {
        return new SqliteDatasetStore(database);
    }

    @Override
    public DatasetImportService imports() {
        return new DatasetImportService(datasetStore());
    }

    ComparisonRepository comparisons() {
        return new SqliteComparisonRepository(database);
    }

    JudgeRepository judgements() {
        return new SqliteJudgeRepository(database);
    }

    ModelJudgementRepository modelJudgements() {
        return new SqliteModelJudgementRepository(database);
    }

    @Override
    public TemplateRepository templates() {
        return new SqliteTemplateRepository(database);
    }

    ResponseCache responseCache() {
        return new SqliteResponseCache(database);
    }

    synchronized ServerConnection servers() {
        if (servers == null) {
            ServerSettingsStore store = new ServerSettingsStore(settings());
            servers = explicitServers != null
                    ? ServerConnection.startingWith(store, new OllamaServers(), explicitServers)
                    : new ServerConnection(store, new OllamaServers(), fallbackServers);
        }
        return servers;
    }

    @Override
    public ServerSettings serverSettings() {
        return servers().settings();
    }

    /** Every model call goes through the response cache, which answers only when asked to replay. */
    @Override
    public synchronized LlmClient llm() {
        if (llm == null) {
            llm = new CachingLlmClient(servers().client(), responseCache());
        }
        return llm;
    }

    @Override
    public synchronized RecommendationService recommendations() {
        if (recommendations == null) {
            var embeddings = new EmbeddingRanker(new OllamaEmbedder(servers()::settings),
                    new SqliteEmbeddingCache(database), catalogue(), clock);
            recommendations = new RecommendationService(llm(), catalogue(), runs(), new ResponseParser(), clock,
                    histories(), embeddings);
        }
        return recommendations;
    }

    @Override
    public ExperimentRunner experimentRunner(LlmClient model, IntSupplier concurrency) {
        return new ExperimentRunner(model, catalogue(), histories(), experiments(), templates(), concurrency, clock);
    }

    @Override
    public ExperimentJudging experimentJudging(LlmClient model) {
        ModelJudgementRepository scores = modelJudgements();
        return new ExperimentJudging(new ModelJudgeService(model, scores, clock), scores, runs(),
                new RunHistories(profiles(), datasetUsers()));
    }

    @Override
    public void close() {
        database.close();
    }
}
