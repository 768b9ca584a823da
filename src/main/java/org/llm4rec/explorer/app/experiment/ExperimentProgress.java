package org.llm4rec.explorer.app.experiment;

import java.time.Duration;
import java.util.List;

/**
 * Where a running experiment stands.
 *
 * @param runId          the run
 * @param done           results stored, earlier sessions included
 * @param total          results the experiment needs
 * @param configurations per configuration, in the definition's order
 * @param elapsed        time since this session started
 * @param eta            estimated time left at this session's pace, null until something has finished
 * @param paused         true while paused
 * @param usersPerSecond this session's pace
 */
public record ExperimentProgress(String runId, int done, int total, List<ConfigurationProgress> configurations,
                                 Duration elapsed, Duration eta, boolean paused, double usersPerSecond) {
    public ExperimentProgress {
        configurations = List.copyOf(configurations);
    }

    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
