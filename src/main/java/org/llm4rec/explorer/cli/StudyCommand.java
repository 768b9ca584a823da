package org.llm4rec.explorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.AppInfo;
import org.llm4rec.explorer.app.experiment.ExperimentControl;
import org.llm4rec.explorer.app.experiment.ExperimentProgress;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.experiment.StudyRunner;
import org.llm4rec.explorer.app.export.StudyHtml;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.study.Study;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyOutcome;
import org.llm4rec.explorer.domain.study.StudySpec;
import org.llm4rec.explorer.domain.study.SweepAxis;
import org.llm4rec.explorer.domain.study.SweepParameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a study without a window: progress on stderr, then the table and the finding on stdout. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Run one of the literature's studies on your model: order, history-length, position-bias,"
                + " popularity-bias, strategies, or a sweep of parameters.",
                "Each point is an ordinary experiment: stored as it runs, answered from the cache when asked before,"
                        + " and continued with --resume after a stop.",
                "Prints the curve (mean, 95%% bootstrap interval over users, the published figure beside it) and a"
                        + " finding computed from the numbers; --csv and --html also write them to files."})
public final class StudyCommand implements Callable<Integer> {
    private final CommandServices.Opener services;

    @Parameters(paramLabel = "KIND", description = "order, history-length, position-bias, popularity-bias,"
            + " strategies or sweep.")
    String kind;

    @Option(names = "--dataset", required = true, paramLabel = "ID", description = "The dataset (see datasets).")
    String dataset;

    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "The model; repeat it to compare models in a study of strategies.")
    List<String> models;

    @Option(names = "--users", defaultValue = "100", description = "Random users (0: all). Default: ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the user draw, the candidates and the"
            + " intervals. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--values", split = ",", paramLabel = "V,V,…",
            description = "The x values: K for history-length and popularity-bias (default 5,10,20,50), positions"
                    + " for position-bias (default 1,5,10,15,20), the values of a sweep.")
    List<String> values;

    @Option(names = "--parameter", paramLabel = "P",
            description = "What a sweep varies along its curve: temperature, candidates, history, num-ctx,"
                    + " template (the strategy's template version: 1 built in, 2 and on your saved edits) or model.")
    String parameter;

    @Option(names = "--panels", paramLabel = "P=V,V,…",
            description = "A further parameter of a sweep, one small chart per value (e.g. candidates=5,10,20);"
                    + " repeat it for more.")
    List<String> panels;

    @Option(names = "--strategy", paramLabel = "ID",
            description = "The ranking strategy (default llmrank-sequential; strategies runs its own three).")
    String strategy;

    @Option(names = "--metric", defaultValue = "NDCG@10",
            description = "The accuracy metric drawn (NDCG@10, HR@10, MRR, …). Default: ${DEFAULT-VALUE}.")
    String metric;

    @Option(names = "--bootstrap", defaultValue = "3", paramLabel = "B",
            description = "Shuffled orders for the cured curve of position-bias (1: none). Default: ${DEFAULT-VALUE}.")
    int bootstrap;

    @Option(names = "--name", description = "The study's name (default: the kind and the dataset).")
    String name;

    @Option(names = "--resume", description = "Reuse what earlier runs of the same study stored: finished points"
            + " are not run again, unfinished ones continue.")
    boolean resume;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Model calls at a time (default: the servers' parallel-request limits, summed).")
    Integer concurrency;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the curves and published figures as CSV.")
    Path csv;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML page: the chart,"
            + " the finding, the table with its intervals and the published figures, for a slide or a report.")
    Path html;

    @Mixin
    DataDirOption store;

    @Mixin
    ModelServerOption server;

    @Spec
    CommandSpec spec;

    StudyCommand(CommandServices.Opener services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StudyKind studyKind = StudyKind.of(kind);
        outputFolderExists("--csv", csv);
        outputFolderExists("--html", html);
        StudySpec studySpec = new StudySpec(studyKind, dataset, UserSample.random(users, seed),
                withSeed(Protocol.leaveLastOneOut(), seed), models, strategy, null, metric(metric), values,
                parameter == null ? null : SweepParameter.of(parameter),
                panels == null ? null : panels.stream().map(SweepAxis::parse).toList(), bootstrap, 1);
        Study study = Study.plan(name != null ? name : studyKind.title() + " on " + dataset, studySpec);
        try (CommandServices app = services.open(store.dataDir, server.url)) {
            LlmClient llm = app.llm();
            int parallel = concurrency != null ? concurrency : ModelServerOption.parallelism(app.serverSettings());
            ExperimentRunner experiments = app.experimentRunner(llm, () -> parallel);
            StudyRunner runner = new StudyRunner(experiments);
            study = runner.withInstalledNames(study);
            err.println(study.describe());
            err.printf("About %,d model calls, %d at a time.%n", runner.estimatedCalls(study), parallel);
            ExperimentControl control = new ExperimentControl();
            Thread stopOnInterrupt = new Thread(control::cancel, "study-stop");
            Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
            StudyOutcome outcome;
            try {
                outcome = runner.run(study, resume, new Progress(err, study), control);
            } finally {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            }
            out.println(outcome.table());
            out.println(outcome.finding());
            if (csv != null) {
                Files.writeString(csv, outcome.csv(), StandardCharsets.UTF_8);
                out.println("Curves: " + csv);
            }
            if (html != null) {
                new StudyHtml().write(outcome, app.catalogue().dataset(dataset).map(Dataset::name).orElse(dataset),
                        Instant.now(), AppInfo.VERSION, html);
                out.println("Page: " + html);
            }
            out.flush();
            boolean complete = outcome.curves().stream().flatMap(c -> c.points().stream())
                    .allMatch(p -> p.estimate().users() > 0) && !control.isCancelled();
            if (!complete) {
                err.println("The study stopped before every point had results: run it again with --resume.");
            }
            err.flush();
            return complete ? 0 : 2;
        }
    }

    /** One progress bar per experiment, named after its point. */
    private static final class Progress implements StudyRunner.StudyListener {
        private final PrintWriter err;
        private final Study study;
        private ExperimentProgressPrinter printer;
        private int current = -1;

        Progress(PrintWriter err, Study study) {
            this.err = err;
            this.study = study;
        }

        @Override
        public synchronized void progress(int index, int count, ExperimentProgress progress) {
            if (index != current) {
                current = index;
                String point = study.definitions().get(index).name();
                point = point.substring(point.lastIndexOf(" · ") + 3);
                printer = new ExperimentProgressPrinter(err, System.console() != null,
                        "[" + (index + 1) + "/" + count + " " + point + "] ");
            }
            printer.progress(progress);
        }
    }

    /** Checked before the study runs, so that a long run does not end on a file it cannot write. */
    private static void outputFolderExists(String option, Path file) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The folder of " + option + " " + file + " does not exist: create it"
                    + " first or name a file in another folder.");
        }
    }

    private static Protocol withSeed(Protocol protocol, long seed) {
        return new Protocol(protocol.heldOut(), protocol.candidateMode(), protocol.candidateCount(),
                protocol.historyLimit(), seed, protocol.targetInCandidatesOnly());
    }

    private static Metric metric(String label) {
        String wanted = label.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(Metric.values()).filter(m -> m.label().toUpperCase(Locale.ROOT).equals(wanted))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown metric \"" + label
                        + "\"; known: " + String.join(", ", Arrays.stream(Metric.values())
                        .filter(Metric::higherIsBetter).map(Metric::label).toList()) + "."));
    }
}
