package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.llm4rec.explorer.domain.compare.Lists.list;

import org.junit.jupiter.api.Test;

class TopKOverlapTest {
    private static final RankedList A = list("a", "b", "c", "d", "e");
    private static final RankedList B = list("b", "x", "a", "y", "c");

    @Test
    void overlapAndJaccardAtSeveralDepths() {
        // k=1: {a} vs {b}: shared 0 -> overlap 0/1 = 0, Jaccard 0/2 = 0.
        assertThat(TopKOverlap.overlap(A, B, 1)).isEqualTo(0.0);
        assertThat(TopKOverlap.jaccard(A, B, 1)).isEqualTo(0.0);
        // k=3: {a,b,c} vs {b,x,a}: shared {a,b} = 2 -> overlap 2/3; union {a,b,c,x} = 4 -> Jaccard 2/4 = 0.5.
        assertThat(TopKOverlap.shared(A, B, 3)).isEqualTo(2);
        assertThat(TopKOverlap.overlap(A, B, 3)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(TopKOverlap.jaccard(A, B, 3)).isEqualTo(0.5);
        // k=5: shared {a,b,c} = 3 -> overlap 3/5 = 0.6; union {a,b,c,d,e,x,y} = 7 -> Jaccard 3/7.
        assertThat(TopKOverlap.overlap(A, B, 5)).isCloseTo(0.6, within(1e-12));
        assertThat(TopKOverlap.jaccard(A, B, 5)).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void aDepthBeyondTheListsStillDividesByK() {
        // k=10 on 5-item lists: shared 3 -> overlap 3/10; Jaccard does not depend on k beyond the lengths: 3/7.
        assertThat(TopKOverlap.overlap(A, B, 10)).isCloseTo(0.3, within(1e-12));
        assertThat(TopKOverlap.jaccard(A, B, 10)).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void identicalDisjointAndEmptyLists() {
        assertThat(TopKOverlap.overlap(A, A, 5)).isEqualTo(1.0);
        assertThat(TopKOverlap.jaccard(A, A, 5)).isEqualTo(1.0);
        RankedList other = list("p", "q", "r");
        assertThat(TopKOverlap.overlap(A, other, 3)).isEqualTo(0.0);
        assertThat(TopKOverlap.jaccard(A, other, 3)).isEqualTo(0.0);
        RankedList empty = list();
        assertThat(TopKOverlap.overlap(empty, empty, 5)).isEqualTo(0.0);
        assertThat(TopKOverlap.jaccard(empty, empty, 5)).as("two empty lists agree entirely").isEqualTo(1.0);
        assertThat(TopKOverlap.jaccard(A, empty, 5)).isEqualTo(0.0);
    }

    @Test
    void anItemNamedTwiceCountsOnceAtItsFirstPosition() {
        // [a, a, b] is read as [a, b]: at k=2 it shares {a, b} with [b, a] -> overlap 2/2.
        RankedList repeated = list("a", "a", "b");
        assertThat(repeated.size()).isEqualTo(2);
        assertThat(TopKOverlap.overlap(repeated, list("b", "a"), 2)).isEqualTo(1.0);
    }

    @Test
    void kBelowOneIsRejected() {
        assertThatThrownBy(() -> TopKOverlap.overlap(A, B, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k must be at least 1");
    }
}
