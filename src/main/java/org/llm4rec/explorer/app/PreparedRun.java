package org.llm4rec.explorer.app;

import org.llm4rec.explorer.domain.candidates.CandidateSet;
import org.llm4rec.explorer.domain.prompt.StrategyInput;
import org.llm4rec.explorer.domain.prompt.StrategyPrompt;

/**
 * A request with its candidates and demonstrations drawn and frozen, so that the preview shows and the run sends
 * the same thing.
 *
 * @param request    the request
 * @param candidates the drawn candidates, null when the strategy ranks none
 * @param input      what the strategy builds its prompts from
 */
public record PreparedRun(RecommendationRequest request, CandidateSet candidates, StrategyInput input) {

    /** The prompt as the strategy builds it (all steps of a multi-step strategy). */
    public StrategyPrompt prompt() {
        return request.strategy().build(input, request.template());
    }
}
