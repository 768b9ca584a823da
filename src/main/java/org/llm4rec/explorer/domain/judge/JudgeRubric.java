package org.llm4rec.explorer.domain.judge;

import java.util.Arrays;
import java.util.List;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.domain.prompt.TemplateResources;

/**
 * What a model judge scores: the app's four rubric questions, which people answer too, or the three of
 * Microsoft's RecLM-eval (informativeness, persuasiveness, helpfulness). Each ships as a template that users can
 * edit into new versions, like the strategies' templates.
 */
public enum JudgeRubric {
    APP("judge-app-rubric", "The app's rubric (relevance, specificity, persuasiveness, faithfulness)",
            Arrays.stream(Criterion.values()).map(JudgeCriterion::of).toList()),
    RECLM_EVAL("judge-reclm-eval", "RecLM-eval (informativeness, persuasiveness, helpfulness)", List.of(
            new JudgeCriterion("informativeness", "Informativeness",
                    "How much it tells the user about the item that helps them decide", null),
            new JudgeCriterion("persuasiveness", "Persuasiveness", Criterion.PERSUASIVENESS.question(),
                    Criterion.PERSUASIVENESS),
            new JudgeCriterion("helpfulness", "Helpfulness",
                    "How helpful it is for deciding whether to try the item", null)));

    /** Built-in judge templates are version 1; a user's edit is saved as version 2, 3, ... */
    public static final int TEMPLATE_VERSION = 1;
    /** The pairwise judge's template: which of two explanations of the same item is better. */
    public static final String PAIRWISE_TEMPLATE_ID = "judge-pairwise";

    private final String templateId;
    private final String label;
    private final List<JudgeCriterion> criteria;

    JudgeRubric(String templateId, String label, List<JudgeCriterion> criteria) {
        this.templateId = templateId;
        this.label = label;
        this.criteria = List.copyOf(criteria);
    }

    public String templateId() {
        return templateId;
    }

    public String label() {
        return label;
    }

    public List<JudgeCriterion> criteria() {
        return criteria;
    }

    public PromptTemplate defaultTemplate() {
        return new PromptTemplate(templateId, TEMPLATE_VERSION, TemplateResources.load(templateId + ".txt"));
    }

    public static PromptTemplate defaultPairwiseTemplate() {
        return new PromptTemplate(PAIRWISE_TEMPLATE_ID, TEMPLATE_VERSION,
                TemplateResources.load(PAIRWISE_TEMPLATE_ID + ".txt"));
    }

    @Override
    public String toString() {
        return label;
    }
}
