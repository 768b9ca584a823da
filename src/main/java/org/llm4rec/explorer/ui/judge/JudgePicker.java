package org.llm4rec.explorer.ui.judge;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.SavedTemplate;
import org.llm4rec.explorer.app.port.TemplateRepository;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgePrompt;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/**
 * Choosing a model judge: a model, a rubric and the rubric's template, seen and edited as text; an edit becomes
 * the template's next version when a judge run starts. Shared by every place that runs a judge, so a judge picked
 * for an experiment is picked exactly as in the agreement panel.
 */
public final class JudgePicker {
    private final TemplateRepository templates;
    private final Background background;
    private final ObservableList<ModelInfo> models;
    private final Consumer<String> problems;
    private final StringProperty model = new SimpleStringProperty("");
    private final ObjectProperty<JudgeRubric> rubric = new SimpleObjectProperty<>(JudgeRubric.APP);
    private final ObjectProperty<PromptTemplate> template = new SimpleObjectProperty<>(JudgeRubric.APP
            .defaultTemplate());
    private final StringProperty templateText = new SimpleStringProperty(JudgeRubric.APP.defaultTemplate().text());

    /**
     * @param problems shows why the rubric's saved template could not be read
     */
    public JudgePicker(TemplateRepository templates, Background background, ObservableList<ModelInfo> models,
                       Consumer<String> problems) {
        this.templates = templates;
        this.background = background;
        this.models = models;
        this.problems = problems;
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

    public ObjectProperty<PromptTemplate> templateProperty() {
        return template;
    }

    /** "judge-app-rubric v1", or "v2 (edited, saved when judging starts)". */
    public String templateLabel() {
        PromptTemplate t = template.get();
        return t.id() + " v" + t.version() + (edited() ? " (edited: saved as v" + (t.version() + 1)
                + " when judging starts)" : "");
    }

    /** The exact prompt the judge is sent, for an example explanation. */
    public String examplePrompt() {
        try {
            return JudgePrompt.scores(preview(), List.of("Toy Story (1995)", "Aladdin (1992)"),
                    "Finding Nemo (2003)", "Since you loved Toy Story, another Pixar film about finding your way"
                            + " home.").text();
        } catch (IllegalArgumentException e) {
            return "The template cannot be rendered: " + e.getMessage();
        }
    }

    /** Why no judge can run yet, or empty. */
    public String problem() {
        return model.get() == null || model.get().isBlank() ? "Pick the model that should judge." : "";
    }

    /**
     * The judge as it will run: an edited template under the version it will be saved as, so that counting what
     * is left to judge counts for the right judge before anything is saved.
     */
    public Judge preview() {
        PromptTemplate t = template.get();
        return new Judge(model.get(), rubric.get(), edited() ? new PromptTemplate(t.id(), t.version() + 1,
                templateText.get()) : t);
    }

    /** The current choice, taken on the UI thread, for {@link #save} to turn into a judge on a worker thread. */
    public Pick pick() {
        return new Pick(model.get(), rubric.get(), template.get(), templateText.get());
    }

    /** The judge to run; an edited template is saved first as the next version. Worker thread. */
    public Judge save(Pick choice, String editedWhere) {
        PromptTemplate used = choice.template().text().equals(choice.text()) ? choice.template()
                : templates.saveNew(choice.rubric().templateId(), "Edited in " + editedWhere, choice.text())
                .template();
        return new Judge(choice.model(), choice.rubric(), used);
    }

    /** Shows the template a judge run used (a saved edit becomes the current version). UI thread. */
    public void used(PromptTemplate used) {
        template.set(used);
        templateText.set(used.text());
    }

    private boolean edited() {
        return !template.get().text().equals(templateText.get());
    }

    private void loadTemplate(JudgeRubric chosen) {
        background.run("load judge template", () -> {
            List<SavedTemplate> saved = templates.versions(chosen.templateId());
            return saved.isEmpty() ? chosen.defaultTemplate() : saved.get(saved.size() - 1).template();
        }, this::used, failure -> problems.accept("Could not read the judge's template: " + failure.getMessage()));
    }

    /** A judge as picked, before an edited template is saved. */
    public record Pick(String model, JudgeRubric rubric, PromptTemplate template, String text) {
    }
}
