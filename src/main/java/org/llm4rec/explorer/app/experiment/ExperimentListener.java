package org.llm4rec.explorer.app.experiment;

import org.llm4rec.explorer.domain.experiment.UserResult;

/** Hears from a running experiment, on its worker threads (hand over to the UI thread yourself). */
public interface ExperimentListener {

    /** Called after each stored result and on pause/resume, at most about ten times a second. */
    void progress(ExperimentProgress progress);

    /** Called after each result is stored. */
    default void stored(UserResult result) {
    }

    ExperimentListener NONE = progress -> { };
}
