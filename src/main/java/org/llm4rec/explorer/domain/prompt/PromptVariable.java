package org.llm4rec.explorer.domain.prompt;

import java.util.Objects;

/**
 * A value a template can place with {@code {{name}}}, and the part of the prompt its text belongs to.
 *
 * @param part the part the substituted text is shown as, wherever the placeholder stands
 * @param text the text to substitute, may be empty
 */
public record PromptVariable(PromptPart part, String text) {
    public PromptVariable {
        Objects.requireNonNull(part, "part");
        text = text == null ? "" : text;
    }

    public static PromptVariable instruction(String text) {
        return new PromptVariable(PromptPart.INSTRUCTION, text);
    }
}
