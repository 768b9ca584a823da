package org.llm4rec.explorer.domain.prompt;

/**
 * A prompt ready to send.
 *
 * @param prompt     the rendered prompt
 * @param jsonSchema the JSON schema the answer should follow, or null for free text
 */
public record StrategyPrompt(RenderedPrompt prompt, String jsonSchema) {
}
