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
import javafx.beans.property.SimpleStringProperty;
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
import org.llm4rec.explorer.app.port.SavedTemplate;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeAgreement;
import org.llm4rec.explorer.domain.judge.JudgePrompt;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.Vote;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.ui.MessageProperty;

/**
 * The judge agreement panel: pick a model and a rubric, see and edit the judge's template, judge every explanation
 * people rated or voted on, and see how far the judge agrees with them.
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
    private final ObservableList<ModelInfo> models;
    private final StringProperty model = new SimpleStringProperty("");
    private final ObjectProperty<JudgeRubric> rubric = new SimpleObjectProperty<>(JudgeRubric.APP);
    private final ObjectProperty<PromptTemplate> template = new SimpleObjectProperty<>(JudgeRubric.APP
            .defaultTemplate());
    private final StringProperty templateText = new SimpleStringProperty(JudgeRubric.APP.defaultTemplate().text());
    private final StringProperty status = new MessageProperty();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<JudgeAgreement> agreement = new SimpleObjectProperty<>();
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
        this.models = models;
        rubric.addListener((o, old, chosen) -> loadTemplate(chosen));
        loadTemplate(rubric.get());
    }

    public ObservableList<ModelInfo> models() {
        return models;
    }

    public StringProperty modelProperty() {
        return model;
    }

    public ObjectProperty<JudgeRubric> rubricProperty() {
        return rubric;
    }

    /** The judge's template as the user sees and edits it; an edit becomes a new version when a judge run starts. */
    public StringProperty templateTextProperty() {
        return templateText;
    }

    /** "judge-app-rubric v1", or "v2 (edited, saved when judging starts)". */
    public String templateLabel() {
        PromptTemplate t = template.get();
        return t.id() + " v" + t.version() + (t.text().equals(templateText.get()) ? "" : " (edited: saved as v"
                + (t.version() + 1) + " when judging starts)");
    }

    public ObjectProperty<PromptTemplate> templateProperty() {
        return template;
    }

    /** The exact prompt the judge is sent, for an example explanation. */
    public String examplePrompt() {
        try {
            return JudgePrompt.scores(new Judge(model.get(), rubric.get(), new PromptTemplate(template.get().id(),
                    template.get().version(), templateText.get())), List.of("Toy Story (1995)", "Aladdin (1992)"),
                    "Finding Nemo (2003)", "Since you loved Toy Story, another Pixar film about finding your way"
                            + " home.").text();
        } catch (IllegalArgumentException e) {
            return "The template cannot be rendered: " + e.getMessage();
        }
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
        if (model.get() == null || model.get().isBlank()) {
            status.set("Pick the model that should judge.");
            return;
        }
        running.set(true);
        cancel = new Cancellation();
        Cancellation current = cancel;
        String text = templateText.get();
        JudgeRubric chosen = rubric.get();
        String judgeModel = model.get();
        status.set("Judging with " + judgeModel + "…");
        background.run("judge explanations", () -> {
            PromptTemplate used = template.get().text().equals(text) ? template.get()
                    : templates.saveNew(chosen.templateId(), "Edited in the judge panel", text).template();
            Judge judge = new Judge(judgeModel, chosen, used);
            List<Rating> ratings = people.allRatings();
            List<Vote> votes = people.allVotes();
            List<JudgedRun> judged = ratedRuns(ratings, votes).stream().map(runs::find)
                    .flatMap(Optional::stream).map(histories::of).toList();
            JudgeOutcome outcome = service.judge(judge, judged, (done, total, note) -> background.ui().execute(
                    () -> status.set(done + " of " + total + " · " + note)), current);
            JudgeAgreement figures = JudgeAgreement.of(judge.id(), chosen, modelScores.all(), ratings, votes,
                    WORST_SHOWN);
            return new Finished(used, outcome, figures);
        }, done -> {
            running.set(false);
            template.set(done.template());
            templateText.set(done.template().text());
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
        JudgeRubric chosen = rubric.get();
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

    private void loadTemplate(JudgeRubric chosen) {
        background.run("load judge template", () -> {
            List<SavedTemplate> saved = templates.versions(chosen.templateId());
            return saved.isEmpty() ? chosen.defaultTemplate() : saved.get(saved.size() - 1).template();
        }, latest -> {
            template.set(latest);
            templateText.set(latest.text());
        }, failure -> status.set("Could not read the judge's template: " + failure.getMessage()));
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

    static String describe(JudgeOutcome outcome) {
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
