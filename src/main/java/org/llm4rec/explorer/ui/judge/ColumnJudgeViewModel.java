package org.llm4rec.explorer.ui.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.export.Judging;
import org.llm4rec.explorer.app.judge.JudgeOutcome;
import org.llm4rec.explorer.app.judge.JudgedRun;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.judge.RunHistories;
import org.llm4rec.explorer.app.port.ModelJudgementRepository;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.results.ResultsViewModel;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * A model judge over the comparison: the picked judge ({@link JudgeChoice}, shared with the agreement panel)
 * scores every explanation of the finished result columns, as a task in the status bar's list with progress and
 * Cancel. Each card then shows the scores and reason of every judge that scored it, labelled as a model's and kept
 * apart from people's stars. UI thread only.
 */
public final class ColumnJudgeViewModel {
    private final JudgeChoice choice;
    private final ModelJudgeService service;
    private final ModelJudgementRepository store;
    private final RunHistories histories;
    private final ResultsViewModel results;
    private final Background background;
    private final BackgroundTask task;
    private final StringProperty plan = new MessageProperty();
    private final StringProperty status = new MessageProperty();
    private final Map<String, List<ModelJudgement>> byExplanation = new HashMap<>();
    private final Map<String, StringProperty> lines = new HashMap<>();
    private int planAsked;

    ColumnJudgeViewModel(AgreementViewModel agreement, ResultsViewModel results, TaskList tasks) {
        this.choice = agreement.choice();
        this.service = agreement.service();
        this.store = agreement.modelScores();
        this.histories = agreement.histories();
        this.results = results;
        this.background = tasks.background();
        this.task = tasks.create();
        task.onCancel(() -> task.messageProperty().set("Stopping: what was judged so far is kept…"));
        background.run("read model judges' scores", store::all, this::show, failure -> { });
    }

    public JudgeChoice choice() {
        return choice;
    }

    /** How many explanations the judge will be asked about, and how many it scored before and will not be again. */
    public ReadOnlyStringProperty planProperty() {
        return plan;
    }

    /** Why judging did not start, or how the last run went. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BackgroundTask task() {
        return task;
    }

    /** Counts the calls the picked judge would make now; the count of earlier scores is read in the background. */
    public void refreshPlan() {
        List<RunRecord> runs = runs();
        int explanations = explanations(runs);
        String counted = explanations + (explanations == 1 ? " explanation" : " explanations") + " in "
                + runs.size() + (runs.size() == 1 ? " column" : " columns");
        if (explanations == 0) {
            plan.set(counted + ": nothing to judge. Run a strategy, or open earlier runs, first.");
            return;
        }
        if (!choice.missing().isEmpty()) {
            plan.set(counted + ". " + choice.missing());
            return;
        }
        Judge judge = choice.current();
        boolean edited = choice.picked().edited();
        int asked = ++planAsked;
        background.run("count judge calls", () -> edited ? 0 : scoredBefore(judge.id(), runs), before -> {
            if (asked == planAsked) {
                int calls = explanations - before;
                plan.set(counted + ": " + calls + (calls == 1 ? " call" : " calls") + " to " + judge.model()
                        + " (" + choice.templateLabel() + ")" + (before == 0 ? "."
                        : "; " + before + " scored before by this judge are not asked again."));
            }
        }, failure -> plan.set(counted + "."));
    }

    /**
     * Starts judging every explanation of the finished columns.
     *
     * @return false when it could not start (no judge, nothing to judge, or a judge run under way), saying why
     */
    public boolean judge() {
        List<RunRecord> runs = runs();
        int explanations = explanations(runs);
        String missing = explanations == 0 ? "There is nothing to judge: no column has explanations yet."
                : choice.missing();
        if (!missing.isEmpty()) {
            status.set(missing);
            return false;
        }
        JudgeChoice.Picked picked = choice.picked();
        task.progressProperty().set(BackgroundTask.INDETERMINATE);
        task.messageProperty().set("Starting…");
        boolean started = task.run("Judge " + explanations + " explanations with " + picked.model(), run -> {
            Judge judge = choice.judge(picked, "the comparison's judge window");
            List<JudgedRun> judged = runs.stream().map(histories::of).toList();
            JudgeOutcome outcome = service.judge(judge, judged, (done, total, note) -> run.onUi(() -> {
                task.progressProperty().set((double) done / total);
                task.messageProperty().set(done + " of " + total + " · " + note);
            }), run.cancellation());
            return new Finished(judge, outcome, store.all());
        }, done -> {
            choice.used(done.judge().template());
            show(done.scores());
            String text = "Model judge " + done.judge().id() + ": " + AgreementViewModel.describe(done.outcome());
            status.set(text);
            results.messageProperty().set(text);
        }, failure -> {
            status.set("Judging failed: " + failure.getMessage());
            results.messageProperty().set(status.get());
        });
        if (!started) {
            status.set("A model judge is already at work on the comparison; wait for it or cancel it below.");
        }
        return started;
    }

    /**
     * The model judges' scores and reasons for one explanation, one line per judge, kept current as judges finish;
     * empty when no judge scored it.
     */
    public ReadOnlyStringProperty judgeLines(RunRecord run, int rank) {
        String key = key(run.id(), rank);
        StringProperty line = lines.computeIfAbsent(key, k -> new SimpleStringProperty(""));
        line.set(describe(byExplanation.getOrDefault(key, List.of())));
        return line;
    }

    private void show(List<ModelJudgement> scores) {
        byExplanation.clear();
        scores.forEach(j -> byExplanation.computeIfAbsent(key(j.runId(), j.rank()), k -> new ArrayList<>()).add(j));
        lines.forEach((key, line) -> line.set(describe(byExplanation.getOrDefault(key, List.of()))));
    }

    private static String describe(List<ModelJudgement> judgements) {
        return judgements.stream().sorted(Comparator.comparing(ModelJudgement::judgeId))
                .map(Judging::modelJudgement).collect(Collectors.joining("\n"));
    }

    private int scoredBefore(String judgeId, List<RunRecord> runs) {
        Set<String> wanted = runs.stream().flatMap(r -> r.recommendations().stream()
                .filter(item -> !item.explanation().isBlank()).map(item -> key(r.id(), item.rank())))
                .collect(Collectors.toSet());
        return (int) store.all().stream().filter(j -> j.judgeId().equals(judgeId))
                .filter(j -> wanted.contains(key(j.runId(), j.rank()))).count();
    }

    /** The runs of the columns that have their answer, left to right; a run shown twice is judged once. */
    private List<RunRecord> runs() {
        Map<String, RunRecord> byId = new LinkedHashMap<>();
        results.columns().stream().map(c -> c.runProperty().get()).filter(r -> r != null)
                .forEach(r -> byId.putIfAbsent(r.id(), r));
        return List.copyOf(byId.values());
    }

    private static int explanations(List<RunRecord> runs) {
        return (int) runs.stream().flatMap(r -> r.recommendations().stream())
                .filter(item -> !item.explanation().isBlank()).count();
    }

    private static String key(String runId, int rank) {
        return runId + "#" + rank;
    }

    private record Finished(Judge judge, JudgeOutcome outcome, List<ModelJudgement> scores) {
    }
}
