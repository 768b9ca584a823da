package org.llm4rec.explorer.domain.prompt;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps block names in templates ({@code {{#history}}}) to prompt parts. */
final class BlockNames {
    private static final String FORMAT_SHORTHAND = "format";

    private BlockNames() {
    }

    static PromptPart part(TemplateToken block) {
        String name = block.name();
        if (name.equals(FORMAT_SHORTHAND)) {
            return PromptPart.OUTPUT_FORMAT;
        }
        for (PromptPart part : PromptPart.values()) {
            if (nameOf(part).equals(name)) {
                return part;
            }
        }
        throw new IllegalArgumentException("Line " + block.line() + ": {{#" + name + "}} is not a prompt part."
                + " Blocks can be: " + known() + ".");
    }

    static String nameOf(PromptPart part) {
        return part.name().toLowerCase(Locale.ROOT);
    }

    private static String known() {
        return FORMAT_SHORTHAND + ", " + Arrays.stream(PromptPart.values()).map(BlockNames::nameOf)
                .collect(Collectors.joining(", "));
    }
}
