package org.llm4rec.explorer.ui.judge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.export.ModelJudgeExport;
import org.llm4rec.explorer.app.judge.JudgeOutcome;
import org.llm4rec.explorer.app.judge.JudgedRun;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.judge.RunHistories;
import org.llm4rec.explorer.app.port.JudgeRepository;
import org.llm4rec.explorer.app.port.ModelJudgementRepository;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeAgreement;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.ui.MessageProperty;

/**
 * The judge agreement panel: pick a model and a rubric, see and edit the judge's template ({@link JudgeChoice}),
 * judge every explanation people rated or voted on, and see how far the judge agrees with them.
 */
public final class AgreementViewModel {
    static final int WORST_SHOWN = 10;

    private final ModelJudgeService service;
    private final ModelJudgementRepository modelScores;
    private final JudgeRepository people;
    private final RunRepository runs;
    private final RunHistories histories;
    private final TemplateRepository templates;
    private final Background background;
    private final StringProperty status = new MessageProperty();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<JudgeAgreement> agreement = new SimpleObjectProperty<>();
    private final JudgeChoice choice;
    private Cancellation cancel = new Cancellation();

    public AgreementViewModel(ModelJudgeService service, ModelJudgementRepository modelScores, JudgeRepository people,
                              RunRepository runs, RunHistories histories, TemplateRepository templates,
                              Background background, ObservableList<ModelInfo> models) {
        this.service = service;
        this.modelScores = modelScores;
        this.people = people;
        this.runs = runs;
        this.histories = histories;
        this.templates = templates;
        this.background = background;
        this.choice = new JudgeChoice(templates, background, models, status::set);
    }

    /** The judge picked: model, rubric and template; shared with the comparison's judging. */
    public JudgeChoice choice() {
        return choice;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** The latest figures; never mixes the judge's scores into people's. */
    public ObjectProperty<JudgeAgreement> agreementProperty() {
        return agreement;
    }

    /** Judges every explanation people rated or voted on that this judge has not judged yet, then measures. */
    public void judgeRated() {
        if (!choice.missing().isEmpty()) {
            status.set(choice.missing());
            return;
        }
        running.set(true);
        cancel = new Cancellation();
        Cancellation current = cancel;
        JudgeChoice.Picked picked = choice.picked();
        status.set("Judging with " + picked.model() + "…");
        background.run("judge explanations", () -> {
            Judge judge = choice.judge(picked, "the judge panel");
            List<Rating> ratings = people.allRatings();
            List<Vote> votes = people.allVotes();
            List<JudgedRun> judged = ratedRuns(ratings, votes).stream().map(runs::find)
                    .flatMap(Optional::stream).map(histories::of).toList();
            JudgeOutcome outcome = service.judge(judge, judged, (done, total, note) -> background.ui().execute(
                    () -> status.set(done + " of " + total + " · " + note)), current);
            JudgeAgreement figures = JudgeAgreement.of(judge.id(), picked.rubric(), modelScores.all(), ratings,
                    votes, WORST_SHOWN);
            return new Finished(judge.template(), outcome, figures);
        }, done -> {
            running.set(false);
            choice.used(done.template());
            agreement.set(done.figures());
            status.set(describe(done.outcome()));
        }, failure -> {
            running.set(false);
            status.set("Judging failed: " + failure.getMessage());
        });
    }

    /**
     * Writes the shown judge's scores (CSV), figures and scores (JSON) and agreement page (HTML) into a folder.
     */
    public void export(Path folder) {
        JudgeAgreement figures = agreement.get();
        if (figures == null) {
            status.set("Judge first: there is nothing to export yet.");
            return;
        }
        JudgeRubric chosen = choice.rubricProperty().get();
        background.run("export judge figures", () -> {
            List<ModelJudgement> scores = modelScores.all().stream()
                    .filter(j -> j.judgeId().equals(figures.judgeId())).toList();
            Files.writeString(folder.resolve("model-judge-scores.csv"),
                    ModelJudgeExport.scoresCsv(scores, chosen.criteria()));
            Files.writeString(folder.resolve("model-judge-agreement.json"), ModelJudgeExport.json(figures, scores));
            Files.writeString(folder.resolve("model-judge-agreement.html"), ModelJudgeExport.html(figures));
            return folder;
        }, written -> status.set("Exported the model judge's scores and agreement to " + written + "."),
                failure -> status.set("Could not export to " + folder + ": " + failure.getMessage()));
    }

    public void cancel() {
        cancel.cancel();
    }

    ModelJudgeService service() {
        return service;
    }

    ModelJudgementRepository modelScores() {
        return modelScores;
    }

    RunHistories histories() {
        return histories;
    }

    TemplateRepository templates() {
        return templates;
    }

    private static Set<String> ratedRuns(List<Rating> ratings, List<Vote> votes) {
        Set<String> ids = new LinkedHashSet<>();
        ratings.forEach(r -> ids.add(r.runId()));
        votes.forEach(v -> {
            ids.add(v.left().runId());
            ids.add(v.right().runId());
        });
        return ids;
    }

    public static String describe(JudgeOutcome outcome) {
        StringBuilder text = new StringBuilder(outcome.cancelled() ? "Stopped: " : "Done: ")
                .append(outcome.judged()).append(" judged now, ").append(outcome.resumed())
                .append(" judged before");
        if (outcome.unreadable() > 0) {
            text.append(", ").append(outcome.unreadable()).append(" answers could not be read");
        }
        if (!outcome.failures().isEmpty()) {
            text.append(", ").append(outcome.failures().size()).append(" failed (first: ")
                    .append(outcome.failures().get(0)).append(')');
        }
        return text.append('.').toString();
    }

    private record Finished(PromptTemplate template, JudgeOutcome outcome, JudgeAgreement figures) {
    }
}
