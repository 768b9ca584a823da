package org.llm4rec.explorer.domain.prompt;

import java.util.List;
import java.util.stream.Collectors;

/** The exact text that is sent, kept as segments so that it can be shown part by part. */
public record RenderedPrompt(List<PromptSegment> segments) {
    public RenderedPrompt {
        segments = List.copyOf(segments);
    }

    public String text() {
        return segments.stream().map(PromptSegment::text).collect(Collectors.joining());
    }
}
