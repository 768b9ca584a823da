package org.llm4rec.explorer.app.port;

import java.time.Instant;
import java.util.List;

/**
 * A named set of column configurations, kept to be loaded and run again later.
 *
 * @param name    the name the user gave it (unique; saving under a used name replaces)
 * @param columns the columns, left to right
 * @param savedAt when it was saved
 */
public record SavedComparison(String name, List<ColumnConfiguration> columns, Instant savedAt) {
    public SavedComparison {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Give the comparison a name.");
        }
        name = name.strip();
        columns = List.copyOf(columns);
    }

    @Override
    public String toString() {
        return name + " (" + columns.size() + " columns)";
    }
}
