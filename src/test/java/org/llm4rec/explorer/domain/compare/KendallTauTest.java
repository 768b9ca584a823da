package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.llm4rec.explorer.domain.compare.Lists.list;

import org.junit.jupiter.api.Test;

class KendallTauTest {

    @Test
    void sameItemsInAnotherOrder() {
        // [a,b,c] vs [b,a,c]: pairs ab discordant, ac and bc concordant; no ties -> (2-1)/3.
        assertThat(KendallTau.atK(list("a", "b", "c"), list("b", "a", "c"), 3).getAsDouble())
                .isCloseTo(1.0 / 3, within(1e-12));
        // Reversed: all 3 pairs discordant -> -1.
        assertThat(KendallTau.atK(list("a", "b", "c"), list("c", "b", "a"), 3).getAsDouble())
                .isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void oneItemMissingFromEachListIsPlacedAtKPlusOne() {
        // k=3, A=[a,b,c], B=[b,a,d]. Union a,b,c,d. Ranks A: a1 b2 c3 d4; B: b1 a2 d3 c4.
        // ab D, ac C (1<3, 2<4), ad C (1<4, 2<3), bc C, bd C, cd D (3<4 but 4>3). C=4, D=2, no ties.
        // tau-b = (4-2)/sqrt(6*6) = 1/3.
        assertThat(KendallTau.atK(list("a", "b", "c"), list("b", "a", "d"), 3).getAsDouble())
                .isCloseTo(1.0 / 3, within(1e-12));
        // A=[a,b,c], B=[a,b,d]: a1 b2 c3 d4 vs a1 b2 d3 c4: only cd discordant -> (5-1)/6 = 2/3.
        assertThat(KendallTau.atK(list("a", "b", "c"), list("a", "b", "d"), 3).getAsDouble())
                .isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void missingItemsAreTiedWithEachOther() {
        // k=3, A=[a,b,c], B=[b,d,e]. Union a,b,c,d,e (n0 = 10 pairs).
        // A: a1 b2 c3 d4 e4; B: b1 d2 e3 a4 c4.
        // ab D; ac tied in B; ad D; ae D; bc C; bd C; be C; cd D; ce D; de tied in A.
        // C=3, D=5, n1 (ties in A)=1, n2 (ties in B)=1 -> tau-b = (3-5)/sqrt(9*9) = -2/9.
        assertThat(KendallTau.atK(list("a", "b", "c"), list("b", "d", "e"), 3).getAsDouble())
                .isCloseTo(-2.0 / 9, within(1e-12));
        // A=[a,b,c], B=[a,d,e]: ab C, ac C, ad C, ae C, bc tie(B), bd D, be D, cd D, ce D, de tie(A).
        // C=4, D=4 -> 0.
        assertThat(KendallTau.atK(list("a", "b", "c"), list("a", "d", "e"), 3).getAsDouble())
                .isCloseTo(0.0, within(1e-12));
    }

    @Test
    void onlyTheTopKCount() {
        // At k=2 [a,b,c,d] vs [a,b,d,c] are [a,b] vs [a,b]: identical -> 1, though they differ further down.
        assertThat(KendallTau.atK(list("a", "b", "c", "d"), list("a", "b", "d", "c"), 2).getAsDouble())
                .isEqualTo(1.0);
    }

    @Test
    void disjointListsAreNegativeButNotMinusOne() {
        // k=2, [a,b] vs [c,d]: ranks A a1 b2 c3 d3; B c1 d2 a3 b3. Cross pairs ac ad bc bd discordant (4),
        // ab tied in B, cd tied in A. n0=6 -> (0-4)/sqrt(5*5) = -0.8 = -2k/(3k-1).
        assertThat(KendallTau.atK(list("a", "b"), list("c", "d"), 2).getAsDouble())
                .isCloseTo(-0.8, within(1e-12));
    }

    @Test
    void undefinedWithoutTwoItemsOrForAnEmptyList() {
        assertThat(KendallTau.atK(list(), list(), 5)).isEmpty();
        assertThat(KendallTau.atK(list("a", "b"), list(), 5)).as("an empty list ranks all alike").isEmpty();
        assertThat(KendallTau.atK(list("a"), list("b"), 5))
                .as("each list puts the other's item at k+1: a1 b6 vs a6 b1, one discordant pair -> -1")
                .hasValue(-1.0);
        assertThat(KendallTau.atK(list("a"), list("a"), 5)).hasValue(1.0);
    }
}
