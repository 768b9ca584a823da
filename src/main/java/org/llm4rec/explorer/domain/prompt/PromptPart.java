package org.llm4rec.explorer.domain.prompt;

/** The parts a prompt is assembled from; the preview colours each one. */
public enum PromptPart {
    INSTRUCTION, HISTORY, PREFERENCES, CANDIDATES, DEMONSTRATIONS, OUTPUT_FORMAT
}
