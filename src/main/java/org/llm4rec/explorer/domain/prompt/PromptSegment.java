package org.llm4rec.explorer.domain.prompt;

/** A run of prompt text that belongs to one part. */
public record PromptSegment(PromptPart part, String text) {
}
