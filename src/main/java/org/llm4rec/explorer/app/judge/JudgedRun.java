package org.llm4rec.explorer.app.judge;

import java.util.List;
import java.util.Objects;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * A run to judge, with the history its explanations should be read against.
 *
 * @param run     the run
 * @param history the user's history as the judge is shown it, oldest first (item labels)
 */
public record JudgedRun(RunRecord run, List<String> history) {
    public JudgedRun {
        Objects.requireNonNull(run, "run");
        history = List.copyOf(history);
    }
}
