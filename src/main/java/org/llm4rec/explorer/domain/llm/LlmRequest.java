package org.llm4rec.explorer.domain.llm;

import org.llm4rec.explorer.domain.GenerationOptions;

/**
 * One chat request: a single user message, optionally constrained to a JSON schema.
 *
 * @param model      model name as the server knows it ("llama3.2:3b")
 * @param prompt     the user message
 * @param options    generation options
 * @param jsonSchema JSON schema the answer must follow (sent as Ollama's {@code format}), or null for free text
 */
public record LlmRequest(String model, String prompt, GenerationOptions options, String jsonSchema) {
}
