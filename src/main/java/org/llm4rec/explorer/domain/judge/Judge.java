package org.llm4rec.explorer.domain.judge;

import java.util.Objects;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/**
 * A model judge: a model and the versioned template it is asked with. Its scores are a model's, never people's.
 *
 * @param model    the model name as the server knows it
 * @param rubric   the criteria it scores
 * @param template the rubric's template, built in (version 1) or a user's edit
 */
public record Judge(String model, JudgeRubric rubric, PromptTemplate template) {
    public Judge {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(template, "template");
    }

    /** With the rubric's built-in template. */
    public static Judge of(String model, JudgeRubric rubric) {
        return new Judge(model, rubric, rubric.defaultTemplate());
    }

    /** Identifies the judge's scores: the same model with another template version is another judge. */
    public String id() {
        return model + " · " + template.id() + " v" + template.version();
    }

    /** How tables and exports name it, always saying it is a model. */
    public String label() {
        return "model judge " + id();
    }
}
