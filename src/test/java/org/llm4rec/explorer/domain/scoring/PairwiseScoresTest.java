package org.llm4rec.explorer.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.scoring.PairwiseScores.Choice;

class PairwiseScoresTest {

    @Test
    void tiedPairsHaveNoRightAnswerAndAreLeftOut() {
        // (5 vs 3, chose A) right; (2 vs 4, chose A) wrong; (4 vs 4) tie, left out; (1 vs 5, chose B) right: 2 / 3.
        PairwiseScores scores = PairwiseScores.of(List.of(new Choice(5, 3, true), new Choice(2, 4, true),
                new Choice(4, 4, false), new Choice(1, 5, false))).orElseThrow();

        assertThat(scores.right()).isEqualTo(2);
        assertThat(scores.count()).isEqualTo(3);
        assertThat(scores.accuracy()).isEqualTo(2.0 / 3);
        assertThat(scores.describe()).isEqualTo("pairwise accuracy 0.67 (2 of 3 pairs with a known preference)");
    }

    @Test
    void onlyTiesOrNothingIsUndefined() {
        assertThat(PairwiseScores.of(List.of(new Choice(3, 3, true)))).isEmpty();
        assertThat(PairwiseScores.of(List.of())).isEmpty();
    }
}
