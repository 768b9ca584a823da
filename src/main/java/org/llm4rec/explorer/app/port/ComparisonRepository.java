package org.llm4rec.explorer.app.port;

import java.util.List;

/** Saved comparison configurations, and which runs each comparison run grouped. */
public interface ComparisonRepository {

    /** Saves the configurations under their name, replacing one saved under the same name. */
    void save(SavedComparison comparison);

    /** Every saved comparison, by name. */
    List<SavedComparison> saved();

    /** Records the start of a comparison run, before any of its runs is stored. */
    void startRun(ComparisonRun run);

    /** Records one stored run of a comparison run; running a column again replaces its earlier entry. */
    void recordRun(String comparisonRunId, ComparisonRunColumn run);

    /** The newest comparison runs first, each with its runs. */
    List<ComparisonRun> recentRuns(int limit);
}
