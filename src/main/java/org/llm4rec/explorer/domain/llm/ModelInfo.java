package org.llm4rec.explorer.domain.llm;

/**
 * An installed model as the server lists it.
 *
 * @param name           full name with tag ("llama3.2:3b")
 * @param digest         content digest; identifies the exact weights a run used
 * @param family         model family ("llama"), may be empty
 * @param parameterSize  e.g. "3.2B", may be empty
 * @param quantization   e.g. "Q4_K_M", may be empty
 * @param sizeBytes      size on disk
 */
public record ModelInfo(String name, String digest, String family, String parameterSize, String quantization,
                        long sizeBytes) {
}
