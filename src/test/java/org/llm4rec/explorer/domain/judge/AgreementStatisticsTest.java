package org.llm4rec.explorer.domain.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** κ and ρ against values worked out by hand. */
class AgreementStatisticsTest {

    @Test
    void twoNeighbouringScoresSwappedGiveKappaAndRhoOfNineTenths() {
        int[] judge = {1, 2, 3, 4, 5};
        int[] person = {1, 2, 4, 3, 5};

        // Uniform marginals: expected weighted disagreement 0.04 × Σ(i−j)²/16 = 0.04 × 100/16 = 0.25; observed
        // 2 × (1/16) / 5 = 0.025; κ = 1 − 0.025/0.25. Spearman: Σd² = 2, ρ = 1 − 6·2/(5·24).
        assertThat(AgreementStatistics.quadraticKappa(judge, person)).isCloseTo(0.9, within(1e-12));
        assertThat(AgreementStatistics.spearman(judge, person)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void tiedScoresShareTheirMeanRank() {
        // Ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): covariance 4.5, variances 4.5 and 5, ρ = √0.9.
        assertThat(AgreementStatistics.ranks(new int[] {1, 2, 2, 3})).containsExactly(1, 2.5, 2.5, 4);
        assertThat(AgreementStatistics.spearman(new int[] {1, 2, 2, 3}, new int[] {1, 2, 3, 4}))
                .isCloseTo(Math.sqrt(0.9), within(1e-12));
    }

    @Test
    void identicalScoresAgreeFullyAndOneScoreThroughoutSaysNothing() {
        assertThat(AgreementStatistics.quadraticKappa(new int[] {2, 4, 5}, new int[] {2, 4, 5})).isEqualTo(1.0);
        assertThat(AgreementStatistics.quadraticKappa(new int[] {3, 3}, new int[] {3, 3})).isNaN();
        assertThat(AgreementStatistics.spearman(new int[] {3, 3}, new int[] {1, 5})).isNaN();
        assertThat(AgreementStatistics.quadraticKappa(new int[0], new int[0])).isNaN();
    }

    @Test
    void aJudgeScoringTheOppositeWayHasNegativeKappaAndRho() {
        int[] judge = {1, 2, 3, 4, 5};
        int[] person = {5, 4, 3, 2, 1};

        // Observed Σw·O = (16+4+0+4+16)/16/5 = 0.5 against 0.25 expected: κ = 1 − 2 = −1.
        assertThat(AgreementStatistics.quadraticKappa(judge, person)).isCloseTo(-1.0, within(1e-12));
        assertThat(AgreementStatistics.spearman(judge, person)).isCloseTo(-1.0, within(1e-12));
    }
}
