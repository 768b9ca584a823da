package org.llm4rec.explorer.dataset.imports;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param format       the detected format's name
 * @param itemKind     what an item is ("movie", "book", "product", "item")
 * @param version      the content hash of the files read (SHA-256 over their names, sizes and hashes)
 * @param files        the files read
 * @param users        users imported
 * @param items        items imported
 * @param interactions interactions imported
 * @param skipped      rows skipped
 * @param problems     the first {@link ImportSession#MAX_PROBLEMS} skipped rows with their reasons
 * @param elapsed      wall time
 */
public record ImportReport(String format, String itemKind, String version, List<SourceFileRecord> files,
                           long users, long items, long interactions, long skipped, List<ImportProblem> problems,
                           Duration elapsed) {

    public long rows() {
        return users + items + interactions + skipped;
    }

    /** A few lines for people: what was imported and what was skipped, with the first reasons. */
    public String summary(int maxProblems) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Format: %s%nUsers: %,d%nItems: %,d%nInteractions: %,d%nRows skipped: %,d%n",
                format, users, items, interactions, skipped));
        problems.stream().limit(maxProblems).forEach(p -> out.append("  ").append(p).append(System.lineSeparator()));
        if (skipped > Math.min(maxProblems, problems.size())) {
            out.append(String.format("  … and %,d more%n", skipped - Math.min(maxProblems, problems.size())));
        }
        out.append(String.format("Took %.1f s%n", elapsed.toMillis() / 1000.0));
        return out.toString();
    }
}
