package org.llm4rec.explorer.app.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.llm4rec.explorer.app.judge.JudgeOutcome;
import org.llm4rec.explorer.app.judge.JudgePlan;
import org.llm4rec.explorer.app.judge.JudgeProgress;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.judge.RunHistories;
import org.llm4rec.explorer.app.port.ModelJudgementRepository;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * A model judge over an experiment's explanations: the runs the experiment stored are judged as any others are,
 * through the judge service (the response cache, the endpoint pool, one stored answer at a time, so a stopped
 * judge run resumes), and the judge's scores are summarised per configuration next to the ranking metrics.
 */
public final class ExperimentJudging {
    private final ModelJudgeService judges;
    private final ModelJudgementRepository scores;
    private final RunRepository runs;
    private final RunHistories histories;

    public ExperimentJudging(ModelJudgeService judges, ModelJudgementRepository scores, RunRepository runs,
                             RunHistories histories) {
        this.judges = judges;
        this.scores = scores;
        this.runs = runs;
        this.histories = histories;
    }

    /** How many of the experiment's explanations the judge would be asked about, before asking. */
    public JudgePlan plan(Judge judge, ExperimentReport report) {
        return judges.plan(judge, storedRuns(report));
    }

    /** Judges every explanation of the experiment's stored runs that this judge has not judged yet. */
    public JudgeOutcome judge(Judge judge, ExperimentReport report, JudgeProgress progress, Cancellation cancel) {
        return judges.judge(judge, storedRuns(report).stream().map(histories::of).toList(), progress, cancel);
    }

    /** Every judge's mean scores per configuration of the experiment; empty when none judged it. */
    public List<ExplanationQuality> quality(ExperimentReport report) {
        return ExplanationQuality.of(report, scores.all());
    }

    /** The experiment's stored runs, a user's repeats each their own, baselines (which store none) left out. */
    private List<RunRecord> storedRuns(ExperimentReport report) {
        return report.results().stream().map(UserResult::runId).filter(Objects::nonNull).distinct()
                .map(runs::find).flatMap(Optional::stream).toList();
    }
}
