package org.llm4rec.explorer.app.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.llm4rec.explorer.app.port.ExperimentRun;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.study.Study;
import org.llm4rec.explorer.domain.study.StudyAnalysis;
import org.llm4rec.explorer.domain.study.StudyOutcome;

/**
 * Runs a study: each of its experiments in turn through the one {@link ExperimentRunner} (so every model call
 * goes through the app's cache and endpoint pool, results are stored as they arrive and runs resume), and the
 * curves re-analysed after each experiment so that they fill in.
 */
public final class StudyRunner {
    /** Hears from a running study, on its worker threads (hand over to the UI thread yourself). */
    public interface StudyListener {
        /** Progress of the experiment {@code index} (from 0) of {@code count}. */
        void progress(int index, int count, ExperimentProgress progress);

        /** The curves so far, after each experiment. */
        default void partial(StudyOutcome outcome) {
        }
    }

    private final ExperimentRunner runner;

    public StudyRunner(ExperimentRunner runner) {
        this.runner = runner;
    }

    /** The study with its models named as the server lists them, so that resumes find their runs. */
    public Study withInstalledNames(Study study) {
        return study.withDefinitions(study.definitions().stream().map(runner::withInstalledNames).toList());
    }

    /** An upper bound of the model calls, with a sample of "all" counted from the dataset. */
    public long estimatedCalls(Study study) {
        return study.estimatedCalls(study.spec().sample().size() == 0 ? runner.users(study.spec().datasetId())
                : study.spec().sample().size());
    }

    /**
     * Runs the study and returns its outcome; when cancelled, the outcome of what is stored (a later run with
     * {@code resume} continues from there).
     *
     * @param resume reuse the latest stored run of each experiment (finished ones are not run again, unfinished
     *               ones continue); false starts every experiment afresh (answers still come from the cache)
     */
    public StudyOutcome run(Study study, boolean resume, StudyListener listener, ExperimentControl control) {
        List<ExperimentDefinition> definitions = study.definitions();
        List<ExperimentReport> reports = new ArrayList<>(Collections.nCopies(definitions.size(), null));
        for (int i = 0; i < definitions.size() && !control.isCancelled(); i++) {
            ExperimentDefinition definition = definitions.get(i);
            ExperimentRun run = resume ? runner.latest(definition).orElse(null) : null;
            int index = i;
            if (run != null && run.finished()) {
                reports.set(i, runner.report(run.id()));
            } else {
                reports.set(i, runner.run(run != null ? run : runner.start(definition),
                        progress -> listener.progress(index, definitions.size(), progress), control));
            }
            listener.partial(outcome(study, reports));
        }
        return outcome(study, reports);
    }

    /** The curves and finding of these reports (null for experiments not run). */
    public StudyOutcome outcome(Study study, List<ExperimentReport> reports) {
        return StudyAnalysis.analyse(study, reports, runner.popularity(study.spec().datasetId()));
    }
}
