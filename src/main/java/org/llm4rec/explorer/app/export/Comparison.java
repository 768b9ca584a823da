package org.llm4rec.explorer.app.export;

import java.time.Instant;
import java.util.List;

/**
 * What an export holds: the columns of a comparison, in the order they were shown.
 *
 * @param exportedAt when it was exported
 * @param appVersion the version of the app that wrote it
 * @param columns    the result columns, left to right
 */
public record Comparison(Instant exportedAt, String appVersion, List<ExportedColumn> columns) {
    public Comparison {
        columns = List.copyOf(columns);
    }
}
