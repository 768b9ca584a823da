package org.llm4rec.explorer.domain.prompt;

/**
 * A prompt template: text with {@code {{variable}}} placeholders and optional {@code {{#part}}...{{/part}}} blocks
 * that mark which {@link PromptPart} a stretch of literal text belongs to.
 *
 * @param id      template id, normally the strategy id
 * @param version version number; a user's edit is saved as a new version
 * @param text    the template text
 */
public record PromptTemplate(String id, int version, String text) {
}
