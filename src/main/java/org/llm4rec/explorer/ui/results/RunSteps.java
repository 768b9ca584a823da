package org.llm4rec.explorer.ui.results;

import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStep;

/** A run's candidates and steps as text for its column: what each call was sent and what it answered. */
final class RunSteps {
    private RunSteps() {
    }

    static String describe(RunRecord run) {
        StringBuilder text = new StringBuilder();
        if (run.candidates() != null) {
            text.append("Candidates: ").append(run.candidates().label()).append('\n');
            if (!run.candidates().note().isEmpty()) {
                text.append(run.candidates().note()).append('\n');
            }
            int n = 1;
            for (Item item : run.candidates().items()) {
                text.append("  ").append(n++).append(". ").append(item.label()).append('\n');
            }
        }
        for (RunStep step : run.steps()) {
            text.append("\n── Step ").append(step.number()).append(": ").append(step.name()).append(" ──\n")
                    .append("Prompt:\n").append(step.prompt()).append("\n\nAnswer:\n").append(step.rawResponse())
                    .append('\n');
            if (!step.thinking().isEmpty()) {
                text.append("\nThinking:\n").append(step.thinking()).append('\n');
            }
        }
        return text.toString().strip();
    }
}
