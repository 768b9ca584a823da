package org.llm4rec.explorer.ui.prompt;

import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/**
 * A template version as the version picker lists it.
 *
 * @param template the template
 * @param label    "v1 · built-in", "v3 · Shorter"
 */
public record TemplateChoice(PromptTemplate template, String label) {
    static final String BUILT_IN = "built-in";

    static TemplateChoice builtIn(PromptTemplate template) {
        return new TemplateChoice(template, "v" + template.version() + " · " + BUILT_IN);
    }

    boolean isBuiltIn() {
        return label.endsWith(BUILT_IN);
    }
}
