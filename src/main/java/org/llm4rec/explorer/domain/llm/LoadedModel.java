package org.llm4rec.explorer.domain.llm;

/**
 * A model the server holds in memory.
 *
 * @param name          model name
 * @param sizeBytes     memory it takes
 * @param sizeVramBytes of which in GPU memory
 * @param contextLength context the model was loaded with, null when not given
 * @param expiresAt     when the server unloads it unless used again: ISO-8601 with the server's offset, to the second
 */
public record LoadedModel(String name, long sizeBytes, long sizeVramBytes, Integer contextLength, String expiresAt) {
}
