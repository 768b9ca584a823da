package org.llm4rec.explorer.app.experiment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ExperimentRepository;
import org.llm4rec.explorer.app.port.ExperimentRun;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.app.server.ServerConnection;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentAnalysis;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.Percentiles;
import org.llm4rec.explorer.domain.experiment.PopularityTable;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.ResultKey;
import org.llm4rec.explorer.domain.experiment.UserSplit;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * Runs an experiment: every configuration × repeat × sampled user, through the same pipeline as a single run
 * (with each user's candidates frozen by the protocol), at most {@code concurrency} model calls at a time. Each
 * result is stored as soon as it arrives; a run that was stopped, cancelled or cut short by a crash resumes from
 * what is stored, redoing only what is missing (and server failures).
 *
 * <p>{@link #run} blocks: call it through {@code Background}. Pause, resume and cancel go through the
 * {@link ExperimentControl}, from any thread.
 */
public final class ExperimentRunner {
    /** The service keeps no run itself: each run is stored with its result, in batches (see ResultWriter). */
    private static final RunRepository STORED_WITH_RESULTS = new RunRepository() {
        @Override
        public void save(RunRecord run) {
        }

        @Override
        public List<RunRecord> recent(int limit) {
            return List.of();
        }

        @Override
        public Optional<RunRecord> find(String runId) {
            return Optional.empty();
        }
    };

    private final LlmClient llm;
    private final ExperimentSetup setup;
    private final ExperimentRepository repository;
    private final IntSupplier concurrency;
    private final Clock clock;

    /**
     * @param llm          the model client (the app's: pool, cache and all); also lists the models' digests
     * @param catalogue    the catalogues; each experiment reads its dataset's into memory once
     * @param interactions the users' histories
     * @param repository   where definitions, runs and results are kept; each model run goes into the single-run
     *                     store with its result, so that a user's prompt and answer open like any other run
     * @param templates    the users' saved template versions, for configurations that name one
     * @param concurrency  how many model calls may run at once, read at each start (see {@link #concurrencyOf})
     */
    public ExperimentRunner(LlmClient llm, CatalogueRepository catalogue, Interactions interactions,
                            ExperimentRepository repository, TemplateRepository templates, IntSupplier concurrency,
                            Clock clock) {
        this.llm = llm;
        this.setup = new ExperimentSetup(catalogue, interactions, llm, templates);
        this.repository = repository;
        this.concurrency = concurrency;
        this.clock = clock;
    }

    /** The parallel-request limits of every server in the pool, summed: the default concurrency. */
    public static IntSupplier concurrencyOf(ServerConnection servers) {
        return () -> Math.max(1, servers.settings().endpoints().stream().mapToInt(EndpointSetting::parallelism)
                .sum());
    }

    /**
     * Stores a new run of the definition (and the definition under its name); run it with {@link #run}. The
     * definition is checked against the store and the model server first, so that one that cannot run stores
     * nothing.
     *
     * @throws IllegalArgumentException as {@link #run} does, before anything is stored
     */
    public ExperimentRun start(ExperimentDefinition definition) {
        setup.prepare(definition);
        repository.saveDefinition(definition);
        ExperimentRun run = new ExperimentRun(UUID.randomUUID().toString(), definition, clock.instant(),
                ExperimentRun.State.RUNNING, 0, java.util.Map.of());
        repository.createRun(run);
        return run;
    }

    /** The definition with its models named as the server lists them ("llama3.2" runs "llama3.2:latest"). */
    public ExperimentDefinition withInstalledNames(ExperimentDefinition definition) {
        return setup.withInstalledNames(definition);
    }

    /** The newest run of this exact definition that has not finished, to resume. */
    public Optional<ExperimentRun> resumable(ExperimentDefinition definition) {
        return repository.runs(definition.name()).stream()
                .filter(r -> !r.finished() && r.definition().equals(definition)).findFirst();
    }

    /** The newest run of this exact definition, finished or not: what a resumed study picks up. */
    public Optional<ExperimentRun> latest(ExperimentDefinition definition) {
        return repository.runs(definition.name()).stream().filter(r -> r.definition().equals(definition))
                .findFirst();
    }

    /** How popular each item of the dataset is, for studies of popularity bias. */
    public PopularityTable popularity(String datasetId) {
        return setup.snapshot(datasetId).popularity();
    }

    /** How many model calls run at once now. */
    public int concurrency() {
        return Math.max(1, concurrency.getAsInt());
    }

    /**
     * The model's measured speed: the median latency per user of its latest stored experiment run among the
     * saved experiments, or empty when it has none.
     */
    public OptionalDouble medianLatencyMs(String model) {
        for (ExperimentDefinition saved : repository.definitions()) {
            Set<String> keys = new java.util.HashSet<>();
            saved.configurations().stream().filter(c -> !c.isBaseline() && c.model().equals(model))
                    .forEach(c -> keys.add(c.key()));
            Optional<ExperimentRun> latest = keys.isEmpty() ? Optional.empty()
                    : repository.runs(saved.name()).stream().findFirst();
            if (latest.isPresent()) {
                double[] latencies = repository.results(latest.get().id()).stream()
                        .filter(r -> keys.contains(r.configurationKey()) && r.latencyMs() != null)
                        .mapToDouble(UserResult::latencyMs).sorted().toArray();
                if (latencies.length > 0) {
                    return OptionalDouble.of(Percentiles.of(latencies, 50));
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** How many users of the dataset have interactions: the users of a sample of "all". */
    public int users(String datasetId) {
        return setup.snapshot(datasetId).histories().size();
    }

    /**
     * Runs whatever the run still lacks, storing each result as it arrives, and returns the report of everything
     * stored. When cancelled it returns early with the run marked stopped.
     *
     * @throws IllegalArgumentException when the definition cannot run (unknown dataset, strategy or model, a
     *                                  strategy that does not fit the protocol); the message says what to change
     * @throws RuntimeException         the store's own, when results cannot be written: the run stops (marked
     *                                  stopped) and whatever was stored stays, to resume from
     */
    public ExperimentReport run(ExperimentRun run, ExperimentListener listener, ExperimentControl control) {
        ExperimentDefinition definition = run.definition();
        PreparedExperiment prepared;
        try {
            prepared = setup.prepare(definition);
        } catch (IllegalArgumentException e) {
            // The store or the server changed since the start (a dataset deleted, a model removed): the run stops
            // instead of staying "running" with no one in it.
            repository.updateRun(run.id(), ExperimentRun.State.STOPPED, run.sampledUsers(), run.exclusions());
            throw e;
        }
        repository.updateRun(run.id(), ExperimentRun.State.RUNNING, prepared.sampledUsers(), prepared.exclusions());
        Set<ResultKey> finished = repository.finishedKeys(run.id());
        ProgressTracker progress = new ProgressTracker(run.id(), definition, prepared.splits().size(),
                repository.results(run.id()), listener, clock);
        control.onPauseChange(progress::pausedChanged);

        AtomicReference<RuntimeException> storeFailure = new AtomicReference<>();
        ResultWriter writer = new ResultWriter(repository, run.id(), progress::stored, clock::millis);
        RecommendationService service = new RecommendationService(llm, prepared.data().catalogue(),
                STORED_WITH_RESULTS, new ResponseParser(), clock, prepared.data().interactions());
        List<Runnable> llmTasks = new ArrayList<>();
        for (Configuration c : definition.configurations()) {
            String key = c.key();
            for (int repeat = 0; repeat < definition.repeatsOf(c); repeat++) {
                for (UserSplit user : prepared.splits()) {
                    if (finished.contains(new ResultKey(key, repeat, user.userId()))) {
                        continue;
                    }
                    if (c.isBaseline()) {
                        writer.add(null, prepared.baseline(c, user));
                    } else {
                        UserRun task = new UserRun(service, prepared, c, repeat, user);
                        llmTasks.add(() -> runOne(task, control, writer, storeFailure));
                    }
                }
            }
        }
        writer.flush();

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency.getAsInt()), runnable -> {
            Thread thread = new Thread(runnable, "llm4rec-experiment");
            thread.setDaemon(true);
            return thread;
        });
        try {
            llmTasks.forEach(pool::execute);
            pool.shutdown();
            awaitQuietly(pool);
        } finally {
            pool.shutdownNow();
            if (storeFailure.get() == null) {
                writer.flush();
            }
        }
        if (storeFailure.get() != null) {
            repository.updateRun(run.id(), ExperimentRun.State.STOPPED, prepared.sampledUsers(),
                    prepared.exclusions());
            throw storeFailure.get();
        }
        progress.publish(true);
        boolean complete = !control.isCancelled() && progress.complete();
        repository.updateRun(run.id(), complete ? ExperimentRun.State.FINISHED : ExperimentRun.State.STOPPED,
                prepared.sampledUsers(), prepared.exclusions());
        return ExperimentAnalysis.report(run.id(), definition, prepared.sampledUsers(), prepared.exclusions(),
                repository.results(run.id()), prepared.catalogueSize());
    }

    /** The report of a stored run (for runs finished in an earlier session). */
    public ExperimentReport report(String runId) {
        ExperimentRun run = repository.run(runId)
                .orElseThrow(() -> new IllegalArgumentException("No experiment run with id " + runId + "."));
        return ExperimentAnalysis.report(runId, run.definition(), run.sampledUsers(), run.exclusions(),
                repository.results(runId), setup.catalogueSize(run.definition().datasetId()));
    }

    /** Runs one user; a failure to store stops the experiment (it is rethrown at the end, after the others stop). */
    private static void runOne(UserRun task, ExperimentControl control, ResultWriter writer,
                               AtomicReference<RuntimeException> storeFailure) {
        try {
            if (!control.awaitRunnable()) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            task.run(control.cancellation()).ifPresent(done -> writer.add(done.run(), done.result()));
        } catch (RuntimeException e) {
            storeFailure.compareAndSet(null, e);
            control.cancel();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // Keeps waiting: the tasks end by themselves, or at once when cancelled.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
