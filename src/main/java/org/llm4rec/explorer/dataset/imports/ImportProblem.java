package org.llm4rec.explorer.dataset.imports;

/**
 * A row that was skipped.
 *
 * @param file   the file's name
 * @param line   the line it began on, from 1
 * @param reason what was wrong with it
 */
public record ImportProblem(String file, long line, String reason) {
    @Override
    public String toString() {
        return file + ", line " + line + ": " + reason;
    }
}
