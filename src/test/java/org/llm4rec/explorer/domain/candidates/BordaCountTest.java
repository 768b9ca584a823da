package org.llm4rec.explorer.domain.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BordaCountTest {

    @Test
    void sumsRankScoresOverOrdersAndShowsHowFarEachItemMoved() {
        // Three candidates, ranked in three orders. Scores: rank 1 → 3, rank 2 → 2, rank 3 → 1.
        List<BordaCount.Standing> standings = BordaCount.aggregate(List.of("a", "b", "c"), List.of(
                List.of("a", "b", "c"),
                List.of("b", "a", "c"),
                List.of("a", "c", "b")));

        assertThat(standings).extracting(BordaCount.Standing::itemId).containsExactly("a", "b", "c");
        assertThat(standings).extracting(BordaCount.Standing::score).containsExactly(8, 6, 4);
        assertThat(standings.get(0).ranks()).containsExactly(1, 2, 1);
        assertThat(standings.get(0).spread()).isEqualTo(1);
        assertThat(standings.get(1).spread()).isEqualTo(2);
        assertThat(standings.get(2).spread()).isEqualTo(1);
    }

    @Test
    void unrankedCandidatesScoreNothingAndStrangersAndRepeatsAreIgnored() {
        List<BordaCount.Standing> standings = BordaCount.aggregate(List.of("a", "b", "c"), List.of(
                List.of("x", "c", "c", "a"),
                List.of("c")));

        assertThat(standings).extracting(BordaCount.Standing::itemId).containsExactly("c", "a", "b");
        assertThat(standings).extracting(BordaCount.Standing::score).containsExactly(6, 2, 0);
        assertThat(standings.get(1).ranks()).containsExactly(2, 0);
        assertThat(standings.get(2).spread()).isZero();
    }
}
