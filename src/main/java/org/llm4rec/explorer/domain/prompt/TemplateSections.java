package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import java.util.regex.Pattern;

/** Multi-step templates hold one section per step, separated by a line {@value #SEPARATOR}. */
final class TemplateSections {
    static final String SEPARATOR = "=== next step ===";
    private static final Pattern SEPARATOR_LINE = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(SEPARATOR)
            + "[ \\t]*\\r?\\n?");

    private TemplateSections() {
    }

    /** The section of one step; a template with fewer sections than steps is reported with what to add. */
    static PromptTemplate section(PromptTemplate template, int index, int expected) {
        List<String> sections = List.of(SEPARATOR_LINE.split(template.text() == null ? "" : template.text(), -1));
        if (sections.size() != expected) {
            throw new IllegalArgumentException("This template needs " + expected + " sections, one per step,"
                    + " separated by a line \"" + SEPARATOR + "\"; it has " + sections.size() + ".");
        }
        return new PromptTemplate(template.id(), template.version(), sections.get(index));
    }
}
