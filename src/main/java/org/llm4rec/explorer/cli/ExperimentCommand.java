package org.llm4rec.explorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.experiment.ExperimentControl;
import org.llm4rec.explorer.app.experiment.ExperimentExport;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.port.ExperimentRun;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentJson;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** Runs an experiment file without a window: progress on stderr, metric table on stdout, files next to it. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Run an experiment file (JSON: dataset, user sample, protocol, configurations, repeats).",
                "Results go into the store as they arrive and, at the end, into <file>.results.csv (per user),"
                        + " <file>.summary.csv, <file>.timing.csv and <file>.results.json next to the file.",
                "The same file gives the same summary.csv at any --concurrency; latencies, which differ from run"
                        + " to run, are in timing.csv.",
                "Stopped with Ctrl-C, it resumes with --resume where it stopped."})
public final class ExperimentCommand implements Callable<Integer> {
    private final CommandServices.Opener services;

    @Parameters(paramLabel = "FILE.json", description = "The experiment file.")
    Path file;

    @Option(names = "--resume", description = "Continue the latest unfinished run of this experiment instead of"
            + " starting a new one.")
    boolean resume;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Model calls at a time (default: the servers' parallel-request limits, summed).")
    Integer concurrency;

    @Mixin
    DataDirOption store;

    @Mixin
    ModelServerOption server;

    @Spec
    CommandSpec spec;

    ExperimentCommand(CommandServices.Opener services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExperimentDefinition definition = ExperimentJson.read(read(file), file.toString());
        try (CommandServices app = services.open(store.dataDir, server.url)) {
            ServerSettings settings = app.serverSettings();
            LlmClient llm = app.llm();
            int parallel = concurrency != null ? concurrency : ModelServerOption.parallelism(settings);
            ExperimentRunner runner = app.experimentRunner(llm, () -> parallel);
            definition = runner.withInstalledNames(definition);
            ExperimentRun run = resume ? runner.resumable(definition).orElse(null) : null;
            if (resume && run == null) {
                err.println("No unfinished run of \"" + definition.name() + "\" with this definition:"
                        + " starting a new one.");
            }
            if (run == null) {
                run = runner.start(definition);
            }
            err.printf("Run %s of \"%s\": %d model calls at a time.%n", run.id(), definition.name(), parallel);
            ExperimentControl control = new ExperimentControl();
            // Ctrl-C stops the run, which then writes what it has and exits 2 ("resume it"). Handled as a signal,
            // it leaves the JVM running to do so; were it left to a shutdown hook, the JVM would exit 130 whatever
            // the command returned. The hook stays for a plain kill (SIGTERM).
            Signal interrupt = new Signal("INT");
            SignalHandler before = Signal.handle(interrupt, signal -> control.cancel());
            Thread stopOnKill = new Thread(control::cancel, "experiment-stop");
            Runtime.getRuntime().addShutdownHook(stopOnKill);
            ExperimentReport report;
            try {
                report = runner.run(run, new ExperimentProgressPrinter(err, System.console() != null),
                        control);
            } finally {
                Runtime.getRuntime().removeShutdownHook(stopOnKill);
                Signal.handle(interrupt, before);
            }
            Path[] written = write(report);
            out.println(ExperimentExport.table(report));
            out.println("Protocol: " + report.protocolText());
            out.printf("Results: %s%n", String.join(", ", Arrays.stream(written).map(Path::toString).toList()));
            out.flush();
            boolean finished = app.experiments().run(run.id()).map(ExperimentRun::finished)
                    .orElse(false);
            if (!finished) {
                err.println("The run stopped before every user was done (or some calls failed): run again"
                        + " with --resume to finish it.");
            }
            err.flush();
            return finished ? 0 : 2;
        }
    }


    private Path[] write(ExperimentReport report) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "");
        Path folder = file.toAbsolutePath().getParent();
        Path perUser = folder.resolve(base + ".results.csv");
        Path summary = folder.resolve(base + ".summary.csv");
        Path timing = folder.resolve(base + ".timing.csv");
        Path json = folder.resolve(base + ".results.json");
        Files.writeString(perUser, ExperimentExport.resultsCsv(report), StandardCharsets.UTF_8);
        Files.writeString(summary, ExperimentExport.summaryCsv(report), StandardCharsets.UTF_8);
        Files.writeString(timing, ExperimentExport.timingCsv(report), StandardCharsets.UTF_8);
        Files.writeString(json, ExperimentExport.json(report), StandardCharsets.UTF_8);
        return new Path[] {perUser, summary, timing, json};
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("No experiment file at " + file.toAbsolutePath()
                    + ". See docs/experiment-example.json for the format.");
        }
    }
}
