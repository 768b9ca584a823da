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
 * The model judge a user has picked: a model, a rubric and the rubric's template as the user sees and edits it.
 * One choice serves the agreement panel and the comparison, so that a judge picked in one is the judge in the other;
 * the Experiments window has its own. UI thread only, except {@link #judge(Picked)}.
 */
public final class JudgeChoice {
    private final TemplateRepository templates;
    private final Background background;
    private final ObservableList<ModelInfo> models;
    private final StringProperty model = new SimpleStringProperty("");
    private final ObjectProperty<JudgeRubric> rubric = new SimpleObjectProperty<>(JudgeRubric.APP);
    private final ObjectProperty<PromptTemplate> template = new SimpleObjectProperty<>(JudgeRubric.APP
            .defaultTemplate());
    private final StringProperty templateText = new SimpleStringProperty(JudgeRubric.APP.defaultTemplate().text());

    /**
     * What was picked when judging started, taken on the UI thread.
     *
     * @param model    the judge's model
     * @param rubric   its rubric
     * @param template the latest saved version of the rubric's template
     * @param text     the template as shown, maybe edited
     */
    public record Picked(String model, JudgeRubric rubric, PromptTemplate template, String text) {
        boolean edited() {
            return !template.text().equals(text);
        }
    }

    /** @param onTemplateFailure told when a template cannot be read */
    public JudgeChoice(TemplateRepository templates, Background background, ObservableList<ModelInfo> models,
                       Consumer<String> onTemplateFailure) {
        this.templates = templates;
        this.background = background;
        this.models = models;
        rubric.addListener((o, old, chosen) -> loadTemplate(chosen, onTemplateFailure));
        loadTemplate(rubric.get(), onTemplateFailure);
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

    /** "judge-app-rubric v1", or "v1 (edited: saved as v2 when judging starts)". */
    public String templateLabel() {
        PromptTemplate t = template.get();
        return t.id() + " v" + t.version() + (t.text().equals(templateText.get()) ? "" : " (edited: saved as v"
                + (t.version() + 1) + " when judging starts)");
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

    /** Why judging cannot start yet, empty when it can. */
    public String missing() {
        return model.get() == null || model.get().isBlank() ? "Pick the model that should judge." : "";
    }

    /** The choice as it is now, to judge with. */
    public Picked picked() {
        return new Picked(model.get(), rubric.get(), template.get(), templateText.get());
    }

    /**
     * The judge as it was picked; an edited template is saved as the rubric's next version first, noting where it
     * was edited. Worker thread.
     */
    public Judge judge(Picked picked, String editedWhere) {
        PromptTemplate used = picked.edited() ? templates.saveNew(picked.rubric().templateId(),
                "Edited in " + editedWhere, picked.text()).template() : picked.template();
        return new Judge(picked.model(), picked.rubric(), used);
    }

    /**
     * The judge as it will run: an edited template under the version it will be saved as, so that counting what
     * is left to judge counts for the right judge before anything is saved.
     */
    public Judge preview() {
        PromptTemplate t = template.get();
        return new Judge(model.get(), rubric.get(), t.text().equals(templateText.get()) ? t
                : new PromptTemplate(t.id(), t.version() + 1, templateText.get()));
    }

    /** Shows the template version a judge run used, which is the latest once an edit has been saved. */
    public void used(PromptTemplate used) {
        template.set(used);
        templateText.set(used.text());
    }

    /** The judge the choice names now, without saving anything: its id says which stored scores are its own. */
    public Judge current() {
        return new Judge(model.get() == null ? "" : model.get(), rubric.get(), template.get());
    }

    private void loadTemplate(JudgeRubric chosen, Consumer<String> onFailure) {
        background.run("load judge template", () -> latest(templates, chosen.templateId(),
                chosen.defaultTemplate()), this::used,
                failure -> onFailure.accept("Could not read the judge's template: " + failure.getMessage()));
    }

    /** The newest saved version of a judge template, or the built-in one when none was saved. Worker thread. */
    static PromptTemplate latest(TemplateRepository templates, String templateId, PromptTemplate builtIn) {
        List<SavedTemplate> saved = templates.versions(templateId);
        return saved.isEmpty() ? builtIn : saved.get(saved.size() - 1).template();
    }
}
