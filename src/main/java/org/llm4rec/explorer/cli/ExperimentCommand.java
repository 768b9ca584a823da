package org.llm4rec.explorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.experiment.ExperimentControl;
import org.llm4rec.explorer.app.experiment.ExperimentExport;
import org.llm4rec.explorer.app.experiment.ExperimentJudging;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.judge.JudgeOutcome;
import org.llm4rec.explorer.app.judge.JudgePlan;
import org.llm4rec.explorer.app.port.ExperimentRun;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.SavedTemplate;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentJson;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ModelName;
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
                "Stopped with Ctrl-C, it resumes with --resume where it stopped.",
                "--judge MODEL [--rubric app|reclm-eval] then lets a model judge score every explanation; a judge"
                        + " run stopped part-way resumes with --resume --judge without asking twice."})
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

    @Option(names = "--judge", paramLabel = "MODEL", description = "After the run, let this model judge every"
            + " explanation of the run's lists (through the response cache; what it judged before is not asked"
            + " again) and add its mean score per criterion, with 95%% intervals, to the table, summary.csv and"
            + " results.json.")
    String judgeModel;

    @Option(names = "--rubric", paramLabel = "NAME", defaultValue = "app", description = "The judge's rubric:"
            + " app (relevance, specificity, persuasiveness, faithfulness; default) or reclm-eval"
            + " (informativeness, persuasiveness, helpfulness), in its template's latest version.")
    String rubricName;

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
            Judge judge = judgeModel == null ? null : judge(llm, app.templates());
            // With a judge, --resume also picks up a finished run, whose explanations the judge has yet to finish.
            ExperimentDefinition named = definition;
            ExperimentRun run = resume ? runner.resumable(named)
                    .or(() -> judge != null ? runner.latest(named) : Optional.empty()).orElse(null) : null;
            if (resume && run == null) {
                err.println("No unfinished run of \"" + definition.name() + "\" with this definition:"
                        + " starting a new one.");
            }
            if (run == null) {
                run = runner.start(definition);
            }
            if (run.finished()) {
                err.printf("Run %s of \"%s\" has finished: judging its explanations.%n", run.id(), definition.name());
            } else {
                err.printf("Run %s of \"%s\": %d model calls at a time.%n", run.id(), definition.name(), parallel);
            }
            ExperimentControl control = new ExperimentControl();
            // Ctrl-C stops the run, which then writes what it has and exits 2 ("resume it"). Handled as a signal,
            // it leaves the JVM running to do so; were it left to a shutdown hook, the JVM would exit 130 whatever
            // the command returned. The hook stays for a plain kill (SIGTERM).
            Signal interrupt = new Signal("INT");
            SignalHandler before = Signal.handle(interrupt, signal -> control.cancel());
            Thread stopOnKill = new Thread(control::cancel, "experiment-stop");
            Runtime.getRuntime().addShutdownHook(stopOnKill);
            ExperimentReport report;
            ExperimentJudging judging = app.experimentJudging(llm);
            boolean judgedAll = true;
            try {
                report = run.finished() ? runner.report(run.id())
                        : runner.run(run, new ExperimentProgressPrinter(err, System.console() != null), control);
                if (judge != null && !control.isCancelled()) {
                    judgedAll = judge(judging, judge, report, control, err);
                }
            } finally {
                Runtime.getRuntime().removeShutdownHook(stopOnKill);
                Signal.handle(interrupt, before);
            }
            List<ExplanationQuality> judges = judging.quality(report);
            List<Path> written = ExperimentExport.write(report, judges, file.toAbsolutePath().getParent(),
                    file.getFileName().toString().replaceFirst("\\.json$", ""));
            out.println(ExperimentExport.table(report));
            for (ExplanationQuality judged : judges) {
                out.println(ExperimentExport.judgeTable(report, judged));
            }
            out.println("Protocol: " + report.protocolText());
            out.printf("Results: %s%n", String.join(", ", written.stream().map(Path::toString).toList()));
            out.flush();
            boolean finished = app.experiments().run(run.id()).map(ExperimentRun::finished)
                    .orElse(false);
            if (!finished) {
                err.println("The run stopped before every user was done (or some calls failed): run again"
                        + " with --resume to finish it.");
            }
            if (!judgedAll) {
                err.println("The judge did not score every explanation: run again with --resume --judge "
                        + judgeModel + " to judge the rest; what it scored is not asked again.");
            }
            err.flush();
            return finished && judgedAll ? 0 : 2;
        }
    }

    /** The judge asked for, its model checked installed before anything runs. */
    private Judge judge(LlmClient llm, TemplateRepository templates) {
        JudgeRubric rubric = switch (rubricName.strip().toLowerCase(Locale.ROOT)) {
            case "app" -> JudgeRubric.APP;
            case "reclm-eval" -> JudgeRubric.RECLM_EVAL;
            default -> throw new IllegalArgumentException("Unknown --rubric \"" + rubricName
                    + "\": use app or reclm-eval.");
        };
        List<ModelInfo> installed;
        try {
            installed = llm.models();
        } catch (LlmException e) {
            throw new IllegalArgumentException("Cannot list the models of the model server for --judge: "
                    + e.getMessage(), e);
        }
        String model = ModelName.installed(judgeModel, installed).map(ModelInfo::name)
                .orElseThrow(() -> new IllegalArgumentException(ModelName.notInstalled(judgeModel, installed)));
        List<SavedTemplate> edits = templates.versions(rubric.templateId());
        return new Judge(model, rubric, edits.isEmpty() ? rubric.defaultTemplate()
                : edits.get(edits.size() - 1).template());
    }

    /** Judges the run's explanations, progress on stderr; true when every one is scored. */
    private static boolean judge(ExperimentJudging judging, Judge judge, ExperimentReport report,
                                 ExperimentControl control, PrintWriter err) {
        JudgePlan plan = judging.plan(judge, report);
        err.printf("Judging %d explanations with model judge %s (%d judged before, not asked again).%n",
                plan.toJudge(), judge.id(), plan.judgedBefore());
        JudgeOutcome outcome = judging.judge(judge, report, (done, total, note) -> {
            if (done == total || done % 50 == 0) {
                err.printf("Judged %d of %d%n", done, total);
                err.flush();
            }
        }, control.cancellation());
        err.printf("Model judge: %d judged now, %d judged before, %d answers could not be read, %d failed%s.%n",
                outcome.judged(), outcome.resumed(), outcome.unreadable(), outcome.failures().size(),
                outcome.failures().isEmpty() ? "" : " (first: " + outcome.failures().get(0) + ")");
        return !outcome.cancelled() && outcome.failures().isEmpty();
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
