package org.llm4rec.explorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.experiment.ExperimentControl;
import org.llm4rec.explorer.app.experiment.ExperimentListener;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.experiment.StudyRunner;
import org.llm4rec.explorer.domain.study.Study;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyOutcome;
import org.llm4rec.explorer.domain.study.StudySpec;
import org.llm4rec.explorer.bench.InstantRanker;
import org.llm4rec.explorer.bench.SyntheticMovieLens;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the experiment pipeline around the model: an ML-1M-scale synthetic dataset, zero-shot LLMRank ranking
 * of 20 candidates (leave-last-one-out, target included), answered at once by an in-process model, so that
 * candidates, prompt rendering, parsing, grounding, metrics and storing are all that is measured.
 */
@Command(name = "benchmark-experiment", mixinStandardHelpOptions = true,
        description = "Time the experiment pipeline (everything but the model) in users per second on a synthetic"
                + " ML-1M-scale dataset with an instantly answering in-process model.")
public final class ExperimentBenchmarkCommand implements Callable<Integer> {
    private final CommandServices.Opener services;

    private static final String DATASET = "bench";

    @Option(names = "--work-dir", required = true, paramLabel = "DIR",
            description = "Where the generated files and the store go (both kept for reruns).")
    Path workDir;

    @Option(names = "--users", defaultValue = "6040", description = "Users to run (0: all). Default: ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--concurrency", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed runs (after one warm-up). Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--study", description = "Time studies instead: per round, a history-length study of"
            + " --users users at K = 5, 10, 20, 30, 50 for each of LLMRank's three prompts (sequential,"
            + " recency-focused, in-context): 15 experiments.")
    boolean study;

    @Spec
    CommandSpec spec;

    ExperimentBenchmarkCommand(CommandServices.Opener services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = workDir.resolve("ml-1m-csv");
        if (!Files.isDirectory(data)) {
            new SyntheticMovieLens(SyntheticMovieLens.Scale.ML_1M, 42).write(SyntheticMovieLens.Layout.CSV, data);
        }
        Path storeFile = workDir.resolve("experiment-bench/explorer.db");
        boolean fresh = !Files.exists(storeFile);
        try (CommandServices app = services.open(storeFile.getParent(), null)) {
            String datasetId = DatasetImportService.idFor(DATASET);
            if (fresh) {
                long start = System.nanoTime();
                app.imports().importPath(data, DATASET,
                        new ProgressPrinter(System.err), () -> false);
                out.printf("imported the synthetic ML-1M in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            ExperimentRunner runner = app.experimentRunner(new InstantRanker(), () -> concurrency);
            if (study) {
                timeStudies(out, runner, datasetId);
                return 0;
            }
            for (int round = 0; round <= rounds; round++) {
                ExperimentDefinition definition = new ExperimentDefinition("benchmark " + System.nanoTime(),
                        datasetId, UserSample.random(users, round), Protocol.leaveLastOneOut(),
                        List.of(Configuration.llm(RankingStrategy.SEQUENTIAL, InstantRanker.MODEL,
                                GenerationOptions.defaults(), PromptSettings.defaults())), 1);
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                ExperimentReport report = runner.run(runner.start(definition), ExperimentListener.NONE,
                        new ExperimentControl());
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                int done = report.configurations().get(0).users();
                // On a shared machine the wall time includes waiting for the CPU; the process's own CPU time,
                // spread over the cores, says what the pipeline would do with the machine to itself.
                int cores = Runtime.getRuntime().availableProcessors();
                out.printf("%s: %,d users in %.2f s = %,.0f users/s; CPU %.2f s = %,.0f users/s on %d cores"
                                + " (NDCG@10 %.3f, %d threads)%n", round == 0 ? "warm-up" : "round " + round, done,
                        seconds, done / seconds, cpu, done / (cpu / cores), cores,
                        report.configurations().get(0).metric(Metric.NDCG_10).mean(), concurrency);
                out.flush();
            }
        }
        return 0;
    }

    /** Three studies of five points per round, each a new run (no answer reused), timed together. */
    private void timeStudies(PrintWriter out, ExperimentRunner runner, String datasetId) {
        StudyRunner studies = new StudyRunner(runner);
        for (int round = 0; round <= rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            int experiments = 0;
            long userRuns = 0;
            for (String strategy : List.of(RankingStrategy.SEQUENTIAL, RankingStrategy.RECENCY,
                    RankingStrategy.IN_CONTEXT)) {
                StudySpec spec = new StudySpec(StudyKind.HISTORY_LENGTH, datasetId, UserSample.random(users, round),
                        null, List.of(InstantRanker.MODEL), strategy, null, null, List.of("5", "10", "20", "30", "50"),
                        null, null, 0, 0);
                Study planned = Study.plan("benchmark " + strategy + " " + System.nanoTime(), spec);
                StudyOutcome outcome = studies.run(planned, false, (index, count, progress) -> { },
                        new ExperimentControl());
                experiments += planned.definitions().size();
                userRuns += outcome.curves().stream().flatMap(c -> c.points().stream())
                        .mapToLong(p -> p.estimate().users()).sum();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (cpuNanos() - cpuStart) / 1e9;
            out.printf("%s: %d experiments, %,d user runs in %.2f s = %,.0f user runs/s; CPU %.2f s (%d threads)%n",
                    round == 0 ? "warm-up" : "round " + round, experiments, userRuns, seconds, userRuns / seconds,
                    cpu, concurrency);
            out.flush();
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
}
