package org.llm4rec.explorer.app.port;

/**
 * One stored run of a comparison run.
 *
 * @param columnIndex   the column's position when the comparison was run, from 0
 * @param repeatIndex   which repeat of the column's configuration, from 0
 * @param configuration the column's configuration
 * @param runId         the stored run
 */
public record ComparisonRunColumn(int columnIndex, int repeatIndex, ColumnConfiguration configuration,
                                  String runId) {
}
