package org.llm4rec.explorer.domain.llm;

import org.llm4rec.explorer.domain.GenerationOptions;

/**
 * One chat request: a single user message, optionally constrained to a JSON schema.
 *
 * @param model       model name as the server knows it ("llama3.2:3b")
 * @param prompt      the user message
 * @param options     generation options
 * @param jsonSchema  JSON schema the answer must follow (sent as Ollama's {@code format}), or null for free text
 * @param modelDigest digest of the model's weights as the server listed them, null when unknown; with the rest of
 *                    the request it identifies an answer in the response cache
 * @param repeatIndex which repetition of the same request this is (0 for the first), so that repeated runs get
 *                    answers of their own rather than one cached answer
 * @param bypassCache true to ask the server even when the cache holds an answer
 */
public record LlmRequest(String model, String prompt, GenerationOptions options, String jsonSchema,
                         String modelDigest, int repeatIndex, boolean bypassCache) {

    public LlmRequest(String model, String prompt, GenerationOptions options, String jsonSchema) {
        this(model, prompt, options, jsonSchema, null, 0, false);
    }
}
