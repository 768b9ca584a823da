package org.llm4rec.explorer.domain.experiment;

/** Identifies one stored result within an experiment run. */
public record ResultKey(String configurationKey, int repeat, String userId) {
}
