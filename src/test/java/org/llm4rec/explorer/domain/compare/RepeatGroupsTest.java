package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.parse.ParseStatus;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;

class RepeatGroupsTest {

    @Test
    void runsThatDifferOnlyInTheSeedAreRepeats() {
        RunRecord seed42 = run("r1", "zero-shot", "llama3.2:3b", "hash1", options(42, 0.2));
        RunRecord seed43 = run("r2", "zero-shot", "llama3.2:3b", "hash1", options(43, 0.2));
        RunRecord otherModel = run("r3", "zero-shot", "qwen3:4b", "hash1", options(44, 0.2));
        RunRecord otherTemperature = run("r4", "zero-shot", "llama3.2:3b", "hash1", options(45, 0.7));
        RunRecord otherProfileVersion = run("r5", "zero-shot", "llama3.2:3b", "hash2", options(46, 0.2));
        RunRecord otherStrategy = run("r6", "cot", "llama3.2:3b", "hash1", options(47, 0.2));
        RunRecord seed44 = run("r7", "zero-shot", "llama3.2:3b", "hash1", options(44, 0.2));

        List<List<RunRecord>> groups = RepeatGroups.of(List.of(seed42, otherModel, seed43, otherTemperature,
                otherProfileVersion, otherStrategy, seed44));

        assertThat(groups).containsExactly(List.of(seed42, seed43, seed44));
    }

    @Test
    void aConfigurationRunOnceIsNoGroup() {
        assertThat(RepeatGroups.of(List.of(run("r1", "zero-shot", "m", "h", options(1, 0.2)),
                run("r2", "cot", "m", "h", options(1, 0.2))))).isEmpty();
        assertThat(RepeatGroups.of(List.of())).isEmpty();
    }

    private static GenerationOptions options(int seed, double temperature) {
        return new GenerationOptions(temperature, 0.9, 40, seed, 8192, 1536, 1.1, List.of(), null, 300);
    }

    static RunRecord run(String id, String strategy, String model, String profileHash, GenerationOptions options) {
        return RunRecord.builder()
                .id(id)
                .createdAt(Instant.parse("2026-11-25T10:00:00Z"))
                .datasetId("books")
                .datasetVersion("v1")
                .profileId("p1")
                .profileName("Reader")
                .strategyId(strategy)
                .templateId(strategy)
                .templateVersion(1)
                .model(model)
                .options(options)
                .prompt("prompt")
                .promptHash("hash")
                .rawResponse("{}")
                .thinking("")
                .parseStatus(ParseStatus.JSON)
                .recommendations(List.of())
                .status(RunStatus.COMPLETED)
                .message("")
                .profileHash(profileHash)
                .build();
    }
}
