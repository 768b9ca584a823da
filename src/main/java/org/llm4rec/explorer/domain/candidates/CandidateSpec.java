package org.llm4rec.explorer.domain.candidates;

import java.util.Objects;

/**
 * How to build a candidate set.
 *
 * @param protocol the generator
 * @param size     how many candidates (M), LLMRank and NIR use about 20
 * @param seed     seed of the random draws and of the shuffle of the order, recorded so a set can be rebuilt
 */
public record CandidateSpec(CandidateProtocol protocol, int size, long seed) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public CandidateSpec {
        Objects.requireNonNull(protocol, "protocol");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("A candidate set holds 1 to " + MAX_SIZE + " items, not " + size + ".");
        }
    }

    public static CandidateSpec defaults() {
        return new CandidateSpec(CandidateProtocol.RANDOM_WITH_TARGET, DEFAULT_SIZE, 42);
    }
}
