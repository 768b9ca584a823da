package org.llm4rec.explorer.domain.judge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.domain.prompt.PromptVariable;
import org.llm4rec.explorer.domain.prompt.RenderedPrompt;
import org.llm4rec.explorer.domain.prompt.TemplateRenderer;

/**
 * The exact prompts a judge is sent, rendered from its template like a strategy's: the user's history, the item,
 * the explanation(s), and for scoring the rubric's questions and the JSON shape of the answer.
 */
public final class JudgePrompt {
    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    private JudgePrompt() {
    }

    /** The prompt asking for one explanation's scores. */
    public static RenderedPrompt scores(Judge judge, List<String> history, String item, String explanation) {
        Map<String, PromptVariable> vars = common(history, item);
        vars.put("explanation", PromptVariable.instruction(explanation));
        vars.put("criteria", PromptVariable.instruction(judge.rubric().criteria().stream()
                .map(c -> "- " + c.key() + ": " + c.question()).collect(Collectors.joining("\n"))));
        vars.put("answer_shape", new PromptVariable(PromptPart.OUTPUT_FORMAT, "{\"scores\": {"
                + judge.rubric().criteria().stream().map(c -> "\"" + c.key() + "\": 1-5")
                .collect(Collectors.joining(", ")) + "}, \"reason\": \"...\"}"));
        return RENDERER.render(judge.template(), vars);
    }

    /** The prompt asking which of two explanations, shown as A and B in this order, is better. */
    public static RenderedPrompt pair(PromptTemplate template, List<String> history, String item, String first,
                                      String second) {
        Map<String, PromptVariable> vars = common(history, item);
        vars.put("explanation_a", PromptVariable.instruction(first));
        vars.put("explanation_b", PromptVariable.instruction(second));
        return RENDERER.render(template, vars);
    }

    private static Map<String, PromptVariable> common(List<String> history, String item) {
        Map<String, PromptVariable> vars = new LinkedHashMap<>();
        vars.put("item_kind", PromptVariable.instruction("item"));
        vars.put("item_kind_plural", PromptVariable.instruction("items"));
        vars.put("history", new PromptVariable(PromptPart.HISTORY, history.isEmpty() ? "(no history recorded)"
                : history.stream().map(h -> "- " + h).collect(Collectors.joining("\n"))));
        vars.put("item", PromptVariable.instruction(item));
        return vars;
    }
}
