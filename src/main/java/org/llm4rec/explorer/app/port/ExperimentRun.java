package org.llm4rec.explorer.app.port;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;

/**
 * One execution of an experiment definition; its results are stored under its id as they arrive.
 *
 * @param id           run id
 * @param definition   the definition as it was when the run started
 * @param createdAt    when it started
 * @param state        where it stands
 * @param sampledUsers users the sample drew (0 until the runner has drawn them)
 * @param exclusions   users the protocol left out, by reason
 */
public record ExperimentRun(String id, ExperimentDefinition definition, Instant createdAt, State state,
                            int sampledUsers, Map<ExclusionReason, Integer> exclusions) {

    /** Where a run stands. A run left RUNNING by a crash is resumed like a STOPPED one. */
    public enum State { RUNNING, STOPPED, FINISHED }

    public ExperimentRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        exclusions = Map.copyOf(exclusions);
    }

    public boolean finished() {
        return state == State.FINISHED;
    }
}
