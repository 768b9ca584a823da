package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.llm4rec.explorer.domain.compare.Lists.list;

import org.junit.jupiter.api.Test;

class RankBiasedOverlapTest {

    @Test
    void evenListsByHand() {
        // A=[a,b,c], B=[b,a,d], p=0.9, s=l=3. X1=0, X2=2, X3=2.
        // sum = 0/1*0.9 + 2/2*0.81 + 2/3*0.729 = 0.81 + 0.486 = 1.296; no extrapolation sum (s = l).
        // (1-p)/p * 1.296 = 0.144; tail (X3 - X3)/3 + X3/3 = 2/3, times 0.9^3 = 0.486. RBO_ext = 0.63.
        assertThat(RankBiasedOverlap.extrapolated(list("a", "b", "c"), list("b", "a", "d"), 0.9))
                .isCloseTo(0.63, within(1e-12));
    }

    @Test
    void unevenListsByHand() {
        // S=[a,c], L=[a,b,c,d], p=0.5, s=2, l=4. X1=1 (a), X2=1 (S={a,c}, L2={a,b}), X3=2 (L3 adds c), X4=2.
        // sum1 = 1/1*0.5 + 1/2*0.25 + 2/3*0.125 + 2/4*0.0625 = 0.5 + 0.125 + 0.083333 + 0.03125 = 0.739583
        // sum2 = Xs=1: d=3: 1*(1)/(2*3)*0.125 = 0.0208333; d=4: 1*(2)/(2*4)*0.0625 = 0.015625 -> 0.0364583
        // (1-p)/p = 1 -> 0.776042; tail ((X4 - Xs)/4 + Xs/2) * 0.0625 = (0.25 + 0.5) * 0.0625 = 0.046875.
        // RBO_ext = 0.822917 (= 79/96).
        assertThat(RankBiasedOverlap.extrapolated(list("a", "c"), list("a", "b", "c", "d"), 0.5))
                .isCloseTo(79.0 / 96, within(1e-12));
        assertThat(RankBiasedOverlap.extrapolated(list("a", "b", "c", "d"), list("a", "c"), 0.5))
                .as("symmetric").isCloseTo(79.0 / 96, within(1e-12));
    }

    @Test
    void aPrefixOfTheLongerListIsExtrapolatedToFullAgreement() {
        // S=[a], L=[a,b], p=0.9: sum1 = 0.9 + 1/2*0.81 = 1.305; sum2 = 1*1/(1*2)*0.81 = 0.405;
        // 0.1/0.9 * 1.71 = 0.19; tail ((1-1)/2 + 1/1) * 0.81 = 0.81 -> 1.0.
        assertThat(RankBiasedOverlap.extrapolated(list("a"), list("a", "b"), 0.9)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void identicalDisjointAndEmptyLists() {
        RankedList ten = list("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(RankBiasedOverlap.extrapolated(ten, ten)).isCloseTo(1.0, within(1e-12));
        assertThat(RankBiasedOverlap.extrapolated(list("a", "b"), list("c", "d"))).isEqualTo(0.0);
        assertThat(RankBiasedOverlap.extrapolated(list(), list())).isEqualTo(1.0);
        assertThat(RankBiasedOverlap.extrapolated(list("a"), list())).isEqualTo(0.0);
    }

    @Test
    void swappingTheTopCostsMoreThanSwappingTheBottom() {
        RankedList base = list("a", "b", "c", "d");
        double topSwapped = RankBiasedOverlap.extrapolated(base, list("b", "a", "c", "d"));
        double bottomSwapped = RankBiasedOverlap.extrapolated(base, list("a", "b", "d", "c"));
        // Top swapped: X1=0 then 2,3,4: 0.1/0.9*(0.81+0.729+0.6561) + 0.6561 = 0.2439 + 0.6561 = 0.9000.
        assertThat(topSwapped).isCloseTo(0.9, within(1e-12));
        assertThat(bottomSwapped).isGreaterThan(topSwapped);
    }

    @Test
    void persistenceOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> RankBiasedOverlap.extrapolated(list("a"), list("a"), 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
    }
}
