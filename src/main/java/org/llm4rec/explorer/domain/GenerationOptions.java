package org.llm4rec.explorer.domain;

import java.util.List;

/**
 * Generation options sent to the model with a request. A null field is not sent and the server default applies.
 *
 * @param temperature   sampling temperature (0 is greedy)
 * @param topP          nucleus sampling
 * @param topK          top-k sampling
 * @param seed          fixed sampler seed
 * @param numCtx        context window in tokens; prompts longer than this are cut by the server
 * @param numPredict    maximum output tokens
 * @param repeatPenalty repetition penalty
 * @param stop          stop sequences, may be empty
 * @param think         ask a thinking model to think (true), not to think (false), or leave it to the server (null)
 * @param keepAlive     seconds the server keeps the model loaded after the answer (0 unloads at once, negative
 *                      keeps it loaded); null leaves it to the server
 */
public record GenerationOptions(Double temperature, Double topP, Integer topK, Integer seed, Integer numCtx,
                                Integer numPredict, Double repeatPenalty, List<String> stop, Boolean think,
                                Integer keepAlive) {
    public GenerationOptions {
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    /** Options without keep-alive, which the server then chooses. */
    public GenerationOptions(Double temperature, Double topP, Integer topK, Integer seed, Integer numCtx,
                             Integer numPredict, Double repeatPenalty, List<String> stop, Boolean think) {
        this(temperature, topP, topK, seed, numCtx, numPredict, repeatPenalty, stop, think, null);
    }

    /**
     * The defaults the app starts with: low temperature and a fixed seed so that runs can be replayed, and every
     * sampling option stated (at Ollama's own defaults) so that a stored run says exactly what was used.
     */
    public static GenerationOptions defaults() {
        return new GenerationOptions(0.2, 0.9, 40, 42, 8192, 1536, 1.1, List.of(), null, 300);
    }

    /** Nothing set: every option is left to the server. */
    public static GenerationOptions unset() {
        return new GenerationOptions(null, null, null, null, null, null, null, List.of(), null, null);
    }

    public GenerationOptions withTemperature(Double value) {
        return new GenerationOptions(value, topP, topK, seed, numCtx, numPredict, repeatPenalty, stop, think,
                keepAlive);
    }

    public GenerationOptions withSeed(Integer value) {
        return new GenerationOptions(temperature, topP, topK, value, numCtx, numPredict, repeatPenalty, stop, think,
                keepAlive);
    }

    public GenerationOptions withNumCtx(Integer value) {
        return new GenerationOptions(temperature, topP, topK, seed, value, numPredict, repeatPenalty, stop, think,
                keepAlive);
    }

    public GenerationOptions withThink(Boolean value) {
        return new GenerationOptions(temperature, topP, topK, seed, numCtx, numPredict, repeatPenalty, stop, value,
                keepAlive);
    }
}
