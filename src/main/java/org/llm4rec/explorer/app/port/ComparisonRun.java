package org.llm4rec.explorer.app.port;

import java.time.Instant;
import java.util.List;

/**
 * Columns run together on one profile and one frozen candidate set, kept so the whole comparison can be reopened
 * or run again.
 *
 * @param id          comparison run id
 * @param startedAt   when Run all was pressed
 * @param profileId   the profile every column ran on
 * @param profileName the profile's name at the time
 * @param rerunOf     the comparison run this one repeats, null when it is a first run
 * @param runs        every stored run, by column then repeat
 */
public record ComparisonRun(String id, Instant startedAt, String profileId, String profileName, String rerunOf,
                            List<ComparisonRunColumn> runs) {
    public ComparisonRun {
        runs = List.copyOf(runs);
    }

    /** How many columns it had. */
    public int columnCount() {
        return runs.stream().mapToInt(ComparisonRunColumn::columnIndex).max().orElse(-1) + 1;
    }
}
