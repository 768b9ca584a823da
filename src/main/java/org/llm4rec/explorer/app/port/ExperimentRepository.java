package org.llm4rec.explorer.app.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.experiment.ExclusionReason;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ResultKey;
import org.llm4rec.explorer.domain.experiment.UserResult;

/** Saved experiment definitions, their runs and every per-user result, stored as it arrives. */
public interface ExperimentRepository {

    /** Saves the definition under its name, replacing one of the same name. */
    void saveDefinition(ExperimentDefinition definition);

    /** Saved definitions by name. */
    List<ExperimentDefinition> definitions();

    Optional<ExperimentDefinition> definition(String name);

    /** Deletes the definition; its runs and results stay (they hold their own copy of it). */
    void deleteDefinition(String name);

    /** Stores a new run (with its own copy of the definition). */
    void createRun(ExperimentRun run);

    Optional<ExperimentRun> run(String runId);

    /** Runs of the named experiment, newest first. */
    List<ExperimentRun> runs(String experimentName);

    void updateRun(String runId, ExperimentRun.State state, int sampledUsers,
                   Map<ExclusionReason, Integer> exclusions);

    /**
     * Stores the model runs (as the single-run store keeps them) and the results that refer to them in one
     * transaction. A result with the same {@link ResultKey} replaces the earlier one, so a resumed run never
     * holds a user twice.
     */
    void saveAll(String runId, List<RunRecord> modelRuns, List<UserResult> results);

    /** Every stored result of the run, in the order stored. */
    List<UserResult> results(String runId);

    /** The keys of stored results that need no rerun (everything but server failures). */
    java.util.Set<ResultKey> finishedKeys(String runId);
}
