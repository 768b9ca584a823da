package org.llm4rec.explorer.domain.run;

import java.util.List;
import org.llm4rec.explorer.domain.llm.LlmMetrics;

/**
 * One call of a run that needs several (a multi-step strategy, or one order of a bootstrapped ranking).
 *
 * @param number         position, from 1
 * @param name           what the step does ("Preferences", "Order 2")
 * @param prompt         the exact prompt sent
 * @param rawResponse    the answer as received
 * @param thinking       native thinking or prompted reasoning, may be empty
 * @param candidateOrder ids of the candidates in the order this prompt showed them, empty when none
 * @param rankedIds      ids of the candidates the answer ranked, best first (bootstrapping), may be empty
 * @param metrics        timings and tokens, null when the call failed
 */
public record RunStep(int number, String name, String prompt, String rawResponse, String thinking,
                      List<String> candidateOrder, List<String> rankedIds, LlmMetrics metrics) {
    public RunStep {
        rawResponse = rawResponse == null ? "" : rawResponse;
        thinking = thinking == null ? "" : thinking;
        candidateOrder = candidateOrder == null ? List.of() : List.copyOf(candidateOrder);
        rankedIds = rankedIds == null ? List.of() : List.copyOf(rankedIds);
    }
}
