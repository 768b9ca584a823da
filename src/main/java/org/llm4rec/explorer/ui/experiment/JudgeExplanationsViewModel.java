package org.llm4rec.explorer.ui.experiment;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.experiment.ExperimentJudging;
import org.llm4rec.explorer.app.judge.JudgeOutcome;
import org.llm4rec.explorer.app.judge.JudgePlan;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.judge.AgreementViewModel;
import org.llm4rec.explorer.ui.judge.JudgeChoice;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * Judge explanations… of the shown experiment: a judge picked as in the agreement panel, the number of model calls
 * it will make known before it starts, the run in the status bar's task list (progress, Cancel), and afterwards
 * every judge's scores of the experiment for the metric table, the charts and the exports. A stopped run resumes:
 * what the judge scored is not asked again.
 */
public final class JudgeExplanationsViewModel {
    private final ExperimentJudging judging;
    private final Background background;
    private final ReadOnlyObjectProperty<ExperimentReport> report;
    private final BackgroundTask task;
    private final JudgeChoice picker;
    private final StringProperty plan = new MessageProperty();
    private final StringProperty status = new MessageProperty();
    private final ObjectProperty<List<ExplanationQuality>> quality = new SimpleObjectProperty<>(List.of());
    private final BooleanBinding canStart;
    private final BooleanProperty choosing = new SimpleBooleanProperty(false);
    /** Held here: a binding only its dependencies know of could be collected, and its listener with it. */
    private final BooleanBinding edited;

    JudgeExplanationsViewModel(ExperimentJudging judging, TemplateRepository templates, TaskList tasks,
                               ReadOnlyObjectProperty<ExperimentReport> report, ObservableList<ModelInfo> models) {
        this.judging = judging;
        this.background = tasks.background();
        this.report = report;
        this.picker = new JudgeChoice(templates, background, models, status::set);
        this.task = tasks.create().onCancel(() -> status.set("Stopping…"));
        canStart = Bindings.createBooleanBinding(() -> report.get() != null && !task.runningProperty().get()
                && picker.missing().isEmpty(), report, task.runningProperty(), picker.modelProperty());
        edited = Bindings.createBooleanBinding(() -> !picker.templateTextProperty().get()
                .equals(picker.templateProperty().get().text()), picker.templateTextProperty(),
                picker.templateProperty());
        // An edited template is a new judge, which has judged nothing yet: counted again only when that changes.
        edited.addListener((o, was, now) -> countCalls());
        picker.modelProperty().addListener((o, old, now) -> countCalls());
        picker.templateProperty().addListener((o, old, now) -> countCalls());
        choosing.addListener((o, was, now) -> countCalls());
        report.addListener((o, old, shown) -> {
            countCalls();
            loadQuality(shown);
        });
    }

    /**
     * Whether the judge's choices are on screen: only then is what is left to judge counted (it reads every stored
     * run of the experiment).
     */
    public BooleanProperty choosingProperty() {
        return choosing;
    }

    public JudgeChoice picker() {
        return picker;
    }

    /** "42 explanations to judge: 42 model calls (0 judged before by this judge)." */
    public StringProperty planProperty() {
        return plan;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Every judge's scores of the shown experiment, oldest judge first; empty when none judged it. */
    public ReadOnlyObjectProperty<List<ExplanationQuality>> qualityProperty() {
        return quality;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BackgroundTask task() {
        return task;
    }

    /** Counts what the picked judge would be asked about the shown experiment. */
    public void countCalls() {
        ExperimentReport shown = report.get();
        if (!choosing.get()) {
            return;
        }
        if (shown == null || !picker.missing().isEmpty()) {
            plan.set(shown == null ? "Pick an experiment that has run." : picker.missing());
            return;
        }
        Judge judge = picker.preview();
        plan.set("Counting the explanations " + judge.model() + " has not judged yet…");
        background.run("count explanations to judge", () -> judging.plan(judge, shown), counted -> {
            if (shown == report.get() && judge.equals(picker.preview())) {
                plan.set(describe(counted));
            }
        }, error -> plan.set("Could not count the explanations: " + error.getMessage()));
    }

    static String describe(JudgePlan counted) {
        return counted.toJudge() + (counted.toJudge() == 1 ? " explanation" : " explanations") + " to judge: "
                + counted.toJudge() + (counted.toJudge() == 1 ? " model call" : " model calls") + " ("
                + counted.judgedBefore() + " judged before by this judge, not asked again).";
    }

    /** Starts judging the shown experiment's explanations as a task of the status bar. */
    public void start() {
        ExperimentReport shown = report.get();
        if (!canStart.get()) {
            status.set(shown == null ? "Pick an experiment that has run." : picker.missing());
            return;
        }
        JudgeChoice.Picked pick = picker.picked();
        String name = shown.definition().name();
        status.set("Judging the explanations of \"" + name + "\" with " + pick.model() + "…");
        task.progressProperty().set(BackgroundTask.INDETERMINATE);
        task.messageProperty().set("");
        task.run("Judge explanations of " + name, run -> {
            Judge judge = picker.judge(pick, "the Experiments window");
            JudgeOutcome outcome = judging.judge(judge, shown, (done, total, note) -> run.onUi(() -> {
                task.progressProperty().set(total == 0 ? 1 : (double) done / total);
                task.messageProperty().set(done + " of " + total + " · " + note);
                status.set(done + " of " + total + " · " + note);
            }), run.cancellation());
            return new Finished(judge, outcome, judging.quality(shown));
        }, finished -> {
            picker.used(finished.judge().template());
            status.set(AgreementViewModel.describe(finished.outcome()));
            if (shown == report.get()) {
                quality.set(finished.quality());
            }
            countCalls();
        }, error -> status.set("Judging failed: " + error.getMessage()));
    }

    public void cancel() {
        task.cancel();
    }

    private void loadQuality(ExperimentReport shown) {
        if (shown == null) {
            quality.set(List.of());
            return;
        }
        background.run("read judge scores", () -> judging.quality(shown), found -> {
            if (shown == report.get()) {
                quality.set(found);
            }
        }, error -> status.set("Could not read the judges' scores: " + error.getMessage()));
    }

    private record Finished(Judge judge, JudgeOutcome outcome, List<ExplanationQuality> quality) {
    }
}
