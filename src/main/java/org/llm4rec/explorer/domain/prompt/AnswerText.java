package org.llm4rec.explorer.domain.prompt;

/**
 * A model's answer split the way its strategy asked for it.
 *
 * @param reasoning reasoning the prompt asked for before the list, shown apart; empty when none
 * @param list      the text the parser reads the list from
 */
public record AnswerText(String reasoning, String list) {
    public static AnswerText whole(String text) {
        return new AnswerText("", text == null ? "" : text);
    }
}
