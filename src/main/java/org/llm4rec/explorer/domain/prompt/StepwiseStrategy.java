package org.llm4rec.explorer.domain.prompt;

import java.util.ArrayList;
import java.util.List;

/**
 * A strategy that needs several calls: each step's prompt may use the answers before it, and the list is read
 * from all the answers together. Every step's prompt and answer is kept on the run.
 */
public interface StepwiseStrategy extends PromptStrategy {

    /** How many calls this input needs. */
    int stepCount(StrategyInput input);

    /** A short name for a step ("Preferences", "Rate candidate 3"). */
    String stepName(int index, StrategyInput input);

    /** The prompt of a step, from 0, given the answers of the steps before it. */
    StrategyPrompt step(int index, StrategyInput input, PromptTemplate template, List<String> earlierAnswers);

    /** The text the final list is read from, built from every step's answer. */
    String combine(StrategyInput input, List<String> answers);

    /**
     * How the answers score against the profile's held-out items, with the metric that fits the format; empty
     * when nothing can be scored. Runs after the calls: targets never reach a prompt.
     */
    default String score(StrategyInput input, List<String> answers) {
        return "";
    }

    /** Every step in order, earlier answers standing as placeholders: what the run will send, for the preview. */
    @Override
    default StrategyPrompt build(StrategyInput input, PromptTemplate template) {
        int steps = stepCount(input);
        List<String> placeholders = new ArrayList<>();
        List<PromptSegment> all = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            all.add(new PromptSegment(PromptPart.INSTRUCTION, (i == 0 ? "" : "\n\n") + "── Step " + (i + 1)
                    + " of " + steps + ": " + stepName(i, input) + " ──\n"));
            all.addAll(step(i, input, template, placeholders).prompt().segments());
            placeholders.add("(the answer to step " + (i + 1) + ")");
        }
        return new StrategyPrompt(new RenderedPrompt(all), null);
    }
}
