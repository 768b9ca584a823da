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
 */
public record GenerationOptions(Double temperature, Double topP, Integer topK, Integer seed, Integer numCtx,
                                Integer numPredict, Double repeatPenalty, List<String> stop, Boolean think) {
    public GenerationOptions {
        stop = stop == null ? List.of() : List.copyOf(stop);
    }

    /** The defaults the app starts with: low temperature and a fixed seed so that runs can be replayed. */
    public static GenerationOptions defaults() {
        return new GenerationOptions(0.2, null, null, 42, 8192, 1536, null, List.of(), null);
    }
}
