package org.llm4rec.explorer.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Popularity percentiles (with ties), novelty, percentiles and the bootstrap, against values worked by hand. */
class PopularityAndBootstrapTest {
    // Five items over 8 users: a 8, b 4, c 4, d 1, e 0.
    private final PopularityTable table = new PopularityTable(Map.of("a", 8L, "b", 4L, "c", 4L, "d", 1L, "e", 0L), 8);

    @Test
    void percentilesUseMidRanksForTies() {
        // (below + ½·equal others) / (n − 1) × 100 with n = 5:
        // a: 4 below → 100; b: 2 below (d, e) + ½·1 (c) = 2.5 → 62.5; c the same; d: 1 below → 25; e: 0.
        assertThat(table.percentile("a")).isEqualTo(100);
        assertThat(table.percentile("b")).isEqualTo(62.5);
        assertThat(table.percentile("c")).isEqualTo(62.5);
        assertThat(table.percentile("d")).isEqualTo(25);
        assertThat(table.percentile("e")).isEqualTo(0);
    }

    @Test
    void noveltyIsMinusLog2OfTheShareOfUsers() {
        // a: −log2(8/8) = 0; b: −log2(4/8) = 1; d: −log2(1/8) = 3; e (nobody) counts as one user: 3.
        assertThat(table.novelty("a")).isEqualTo(0);
        assertThat(table.novelty("b")).isCloseTo(1, within(1e-12));
        assertThat(table.novelty("d")).isCloseTo(3, within(1e-12));
        assertThat(table.novelty("e")).isCloseTo(3, within(1e-12));
    }

    @Test
    void figuresOfAListAgainstAHistory() {
        // Recommended a, d: percentiles (100 + 25) / 2 = 62.5, novelty (0 + 3) / 2 = 1.5; history b, e: 31.25.
        PopularityFigures f = table.figures(List.of("a", "d"), List.of("b", "e"));
        assertThat(f.recommendedPercentile()).isEqualTo(62.5);
        assertThat(f.novelty()).isCloseTo(1.5, within(1e-12));
        assertThat(f.historyPercentile()).isEqualTo(31.25);
        // An empty list has no figures rather than zero ones.
        assertThat(table.figures(List.of(), List.of("a")).recommendedPercentile()).isNull();
    }

    @Test
    void percentilesInterpolate() {
        // Type 7: position p/100·(n−1). Of {1, 2, 3, 4}: 50th → 1.5 → 2.5; 95th → 2.85 → 3.85.
        double[] sorted = {1, 2, 3, 4};
        assertThat(Percentiles.of(sorted, 50)).isCloseTo(2.5, within(1e-12));
        assertThat(Percentiles.of(sorted, 95)).isCloseTo(3.85, within(1e-12));
        assertThat(Percentiles.of(new double[0], 50)).isNaN();
    }

    @Test
    void bootstrapOfConstantValuesHasNoWidth() {
        // Every resample of {0.5, 0.5, 0.5} has mean 0.5.
        Estimate e = Bootstrap.mean(new double[] {0.5, 0.5, 0.5}, 1, 200);
        assertThat(e.mean()).isEqualTo(0.5);
        assertThat(e.low()).isEqualTo(0.5);
        assertThat(e.high()).isEqualTo(0.5);
        assertThat(e.users()).isEqualTo(3);
    }

    @Test
    void bootstrapIsSeededAndBracketsTheMean() {
        // Half hits, half misses over 100 users: mean 0.5; the 95% interval of a proportion at n = 100 is about
        // ±1.96·√(0.25/100) = ±0.098, so it must lie near [0.40, 0.60].
        double[] values = new double[100];
        for (int i = 0; i < 50; i++) {
            values[i] = 1;
        }
        Estimate first = Bootstrap.mean(values, 7, 2000);
        assertThat(first).isEqualTo(Bootstrap.mean(values, 7, 2000));
        assertThat(first.mean()).isEqualTo(0.5);
        assertThat(first.low()).isBetween(0.38, 0.43);
        assertThat(first.high()).isBetween(0.57, 0.62);
        assertThat(Bootstrap.mean(new double[0], 7, 10)).isEqualTo(Estimate.NONE);
    }
}
