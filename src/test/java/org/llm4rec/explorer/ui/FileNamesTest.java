package org.llm4rec.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void aNameKeepsItsPlainCharactersAndEachOtherRunBecomesOneDash() {
        assertThat(FileNames.of("  Judged LLMRank: v2/é ", "experiment")).isEqualTo("Judged-LLMRank-v2-");
        assertThat(FileNames.of("ratings_2024.v1", "experiment")).isEqualTo("ratings_2024.v1");
    }

    @Test
    void aNameWithNothingPlainInItGetsTheFallback() {
        assertThat(FileNames.of("   ", "profile")).isEqualTo("profile");
        assertThat(FileNames.of("«»", "experiment")).isEqualTo("experiment");
    }
}
