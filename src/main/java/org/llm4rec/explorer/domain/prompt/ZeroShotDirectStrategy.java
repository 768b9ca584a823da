package org.llm4rec.explorer.domain.prompt;

import java.util.HashMap;
import java.util.Map;

/**
 * Asks for N items straight from the user's history, with no candidate list: open generation over the whole
 * catalogue, each answer grounded afterwards.
 */
public final class ZeroShotDirectStrategy implements PromptStrategy {
    public static final String ID = "zero-shot-direct";
    static final int TEMPLATE_VERSION = 1;

    static final String JSON_SCHEMA = """
            {"type":"object",\
            "properties":{"recommendations":{"type":"array","items":{"type":"object",\
            "properties":{"title":{"type":"string"},"author":{"type":"string"},"explanation":{"type":"string"}},\
            "required":["title","author","explanation"]}}},\
            "required":["recommendations"]}""";
    /** The schema for items without creators (MovieLens): asking for an author there invites invented names. */
    static final String JSON_SCHEMA_WITHOUT_CREATOR = """
            {"type":"object",\
            "properties":{"recommendations":{"type":"array","items":{"type":"object",\
            "properties":{"title":{"type":"string"},"explanation":{"type":"string"}},\
            "required":["title","explanation"]}}},\
            "required":["recommendations"]}""";

    private final PromptTemplate defaultTemplate =
            new PromptTemplate(ID, TEMPLATE_VERSION, TemplateResources.load(ID + ".txt"));
    private final TemplateRenderer renderer;

    public ZeroShotDirectStrategy(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public ZeroShotDirectStrategy() {
        this(new TemplateRenderer());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Zero-shot direct recommendation";
    }

    @Override
    public String about() {
        return "Asks the model for N items straight from the user's history, with no examples and no candidate"
                + " list. It follows the direct recommendation task of Liu et al. (2023), \"Is ChatGPT a Good"
                + " Recommender? A Preliminary Study\", whose prompts join a task description, behaviour injection"
                + " (the user's history) and a format indicator; here the model picks from everything it knows"
                + " rather than from candidates, and gives a short reason for each pick. It is the plainest case of"
                + " the non-tuning prompting paradigm in Wu et al. (2023), \"A Survey on Large Language Models for"
                + " Recommendation\": no training and no demonstrations, only an instruction.";
    }

    @Override
    public PromptTemplate defaultTemplate() {
        return defaultTemplate;
    }

    @Override
    public StrategyPrompt build(StrategyInput input, PromptTemplate template) {
        if (input.count() < 1) {
            throw new IllegalArgumentException("At least one recommendation must be asked for, not "
                    + input.count() + ".");
        }
        Map<String, PromptVariable> variables = new HashMap<>(PromptVariables.of(input));
        String kind = input.itemKind();
        boolean creators = input.itemsHaveCreators();
        variables.put("answer_shape", PromptVariable.instruction(creators
                ? "{\"recommendations\": [{\"title\": \"...\", \"author\": \"...\", \"explanation\": \"...\"}]}"
                : "{\"recommendations\": [{\"title\": \"...\", \"explanation\": \"...\"}]}"));
        variables.put("title_rule", PromptVariable.instruction("\"title\" is the " + kind + "'s title as published"
                + (creators ? " and \"author\" is its " + ItemKinds.creator(kind) + "." : ".")));
        return new StrategyPrompt(renderer.render(template, variables),
                creators ? JSON_SCHEMA : JSON_SCHEMA_WITHOUT_CREATOR);
    }
}
