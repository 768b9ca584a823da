package org.llm4rec.explorer.app.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DownloadProgressTest {
    @Test
    void theRateOfAResumedDownloadCountsOnlyTheBytesFetchedThisTime() {
        DownloadProgress progress = DownloadProgress.of(3_000_000, 5_000_000, 2_000_000, 2_000_000_000L);

        assertThat(progress.bytesPerSecond()).isCloseTo(500_000, within(1e-6));
        assertThat(progress.fraction()).isCloseTo(0.6, within(1e-9));
        assertThat(progress.describe()).isEqualTo("3.0 of 5.0 MB · 500 KB/s");
        assertThat(progress.describeResume()).isEqualTo("Resuming at 2.0 MB of 5.0 MB");
    }

    @Test
    void aFreshDownloadIsNotAResumedOne() {
        DownloadProgress progress = DownloadProgress.of(1_000_000, -1, 0, 1_000_000_000L);

        assertThat(progress.resumed()).isFalse();
        assertThat(progress.bytesPerSecond()).isCloseTo(1_000_000, within(1e-6));
        assertThat(progress.describe()).startsWith("1.0 of ? MB · ");
    }
}
