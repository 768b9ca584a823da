package org.llm4rec.explorer.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every expected value below is worked out by hand in the comment next to it. */
class RankingMetricsTest {
    private static final List<String> LIST = List.of("a", "b", "c", "d", "e", "f");

    @Test
    void targetAtRankThree() {
        // Target c at rank 3: HR@1 = 0, HR@5 = 1; NDCG@5 = 1 / log2(3 + 1) = 1 / 2 = 0.5; NDCG@1 = 0;
        // MRR = 1 / 3; Recall@5 = 1 of 1 target = 1.
        List<String> target = List.of("c");
        assertThat(RankingMetrics.hitRate(LIST, target, 1)).isZero();
        assertThat(RankingMetrics.hitRate(LIST, target, 5)).isEqualTo(1);
        assertThat(RankingMetrics.ndcg(LIST, target, 5)).isCloseTo(0.5, within(1e-12));
        assertThat(RankingMetrics.ndcg(LIST, target, 1)).isZero();
        assertThat(RankingMetrics.reciprocalRank(LIST, target)).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(RankingMetrics.recall(LIST, target, 5)).isEqualTo(1);
    }

    @Test
    void targetFirst() {
        // Rank 1: NDCG = 1 / log2(2) = 1, MRR = 1, HR@1 = 1.
        assertThat(RankingMetrics.ndcg(LIST, List.of("a"), 10)).isEqualTo(1);
        assertThat(RankingMetrics.reciprocalRank(LIST, List.of("a"))).isEqualTo(1);
        assertThat(RankingMetrics.hitRate(LIST, List.of("a"), 1)).isEqualTo(1);
    }

    @Test
    void targetAbsentScoresZeroEverywhere() {
        List<String> target = List.of("z");
        assertThat(RankingMetrics.hitRate(LIST, target, 20)).isZero();
        assertThat(RankingMetrics.ndcg(LIST, target, 20)).isZero();
        assertThat(RankingMetrics.reciprocalRank(LIST, target)).isZero();
        assertThat(RankingMetrics.recall(LIST, target, 20)).isZero();
        assertThat(RankingMetrics.firstHitRank(LIST, target)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void emptyListAndNoTargetsScoreZero() {
        // An empty answer is a miss; a user without targets cannot be hit (and never divides by zero).
        assertThat(RankingMetrics.hitRate(List.of(), List.of("a"), 10)).isZero();
        assertThat(RankingMetrics.ndcg(List.of(), List.of("a"), 10)).isZero();
        assertThat(RankingMetrics.reciprocalRank(List.of(), List.of("a"))).isZero();
        assertThat(RankingMetrics.recall(List.of(), List.of("a"), 10)).isZero();
        assertThat(RankingMetrics.ndcg(LIST, List.of(), 10)).isZero();
        assertThat(RankingMetrics.recall(LIST, List.of(), 10)).isZero();
    }

    @Test
    void targetBeyondTheCutOffCountsOnlyForMrr() {
        // Target f at rank 6: HR@5 = 0, NDCG@5 = 0, but MRR = 1/6 and NDCG@10 = 1 / log2(7) = 0.356207...
        List<String> target = List.of("f");
        assertThat(RankingMetrics.hitRate(LIST, target, 5)).isZero();
        assertThat(RankingMetrics.ndcg(LIST, target, 5)).isZero();
        assertThat(RankingMetrics.reciprocalRank(LIST, target)).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(RankingMetrics.ndcg(LIST, target, 10)).isCloseTo(0.3562071871080222, within(1e-12));
    }

    @Test
    void aTargetListedTwiceCountsOnceAtItsFirstRank() {
        // b at ranks 2 and 4: DCG@5 = 1/log2(3) = 0.630930, ideal = 1 → NDCG 0.630930; recall 1 (not 2); MRR 1/2.
        List<String> repeated = List.of("a", "b", "c", "b", "e");
        assertThat(RankingMetrics.ndcg(repeated, List.of("b"), 5)).isCloseTo(0.6309297535714574, within(1e-12));
        assertThat(RankingMetrics.recall(repeated, List.of("b"), 5)).isEqualTo(1);
        assertThat(RankingMetrics.reciprocalRank(repeated, List.of("b"))).isEqualTo(0.5);
    }

    @Test
    void severalTargets() {
        // Targets b and e (leave-last-2-out), found at ranks 2 and 5.
        // DCG@5 = 1/log2(3) + 1/log2(6) = 0.630930 + 0.386853 = 1.017783;
        // IDCG@5 = 1/log2(2) + 1/log2(3) = 1.630930; NDCG@5 = 0.624047.
        // Recall@2 = 1 of 2 = 0.5; Recall@5 = 1; HR@2 = 1; MRR = 1/2 (first target found).
        List<String> targets = List.of("b", "e");
        assertThat(RankingMetrics.ndcg(LIST, targets, 5)).isCloseTo(1.0177825608059992 / 1.6309297535714575,
                within(1e-12));
        assertThat(RankingMetrics.recall(LIST, targets, 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(LIST, targets, 5)).isEqualTo(1);
        assertThat(RankingMetrics.hitRate(LIST, targets, 2)).isEqualTo(1);
        assertThat(RankingMetrics.reciprocalRank(LIST, targets)).isEqualTo(0.5);
    }

    @Test
    void cutOffLongerThanTheList() {
        // K = 20 over a 6-item list: the list is simply shorter; target d at rank 4 → NDCG 1/log2(5) = 0.430677.
        assertThat(RankingMetrics.ndcg(LIST, List.of("d"), 20)).isCloseTo(0.43067655807339306, within(1e-12));
        assertThat(RankingMetrics.hitRate(LIST, List.of("d"), 20)).isEqualTo(1);
    }
}
