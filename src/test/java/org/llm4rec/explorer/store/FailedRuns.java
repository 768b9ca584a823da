package org.llm4rec.explorer.store;

import java.time.Instant;
import java.util.List;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;

/** A run that failed before any answer: the smallest run the store keeps, for tests that need runs to exist. */
final class FailedRuns {
    private FailedRuns() {
    }

    static RunRecord.Builder failed(String id, Instant createdAt, String datasetVersion) {
        return RunRecord.builder()
                .id(id)
                .createdAt(createdAt)
                .datasetId("books")
                .datasetVersion(datasetVersion)
                .profileId("p1")
                .profileName("Reader")
                .strategyId("zero-shot")
                .templateId("zero-shot")
                .templateVersion(1)
                .model("llama3.2:3b")
                .options(GenerationOptions.defaults())
                .prompt("prompt")
                .promptHash("hash")
                .rawResponse("")
                .recommendations(List.of())
                .status(RunStatus.FAILED);
    }
}
