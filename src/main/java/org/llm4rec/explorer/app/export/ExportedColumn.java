package org.llm4rec.explorer.app.export;

import java.util.List;
import java.util.Objects;
import org.llm4rec.explorer.domain.prompt.PromptSegment;
import org.llm4rec.explorer.domain.run.RunRecord;

/**
 * One result column as exported: the run as it was, under the name its column showed.
 *
 * @param title       the column's title (the strategy's display name)
 * @param run         the run, every field
 * @param promptParts the prompt split into its parts when the app still knew them (runs made in this session);
 *                    empty for runs opened from the store, whose prompt is kept only as text
 */
public record ExportedColumn(String title, RunRecord run, List<PromptSegment> promptParts) {
    public ExportedColumn {
        Objects.requireNonNull(run, "run");
        title = title == null || title.isBlank() ? ReportText.strategy(run.strategyId()) : title;
        promptParts = promptParts == null ? List.of() : List.copyOf(promptParts);
    }
}
