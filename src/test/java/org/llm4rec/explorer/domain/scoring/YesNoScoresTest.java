package org.llm4rec.explorer.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.scoring.YesNoScores.Answer;

class YesNoScoresTest {

    @Test
    void decisionsAloneGiveAnAucEqualToBalancedAccuracy() {
        // Liked: Yes, Yes, No; not liked: Yes, No. Right: 2 of the liked + 1 of the not liked = 3 / 5 = 0.6.
        // AUC over 3 × 2 pairs (liked score vs not-liked score): (1,1) ½, (1,0) 1, (1,1) ½, (1,0) 1, (0,1) 0,
        // (0,0) ½ = 3.5 / 6 = 0.5833; balanced accuracy = (2/3 + 1/2) / 2 = 0.5833 too.
        YesNoScores scores = YesNoScores.of(List.of(Answer.decision(true, true), Answer.decision(true, true),
                Answer.decision(false, true), Answer.decision(true, false), Answer.decision(false, false)))
                .orElseThrow();

        assertThat(scores.accuracy()).isEqualTo(0.6);
        assertThat(scores.auc()).hasValueCloseTo(0.5833, within(1e-4));
        assertThat(scores.decisionsOnly()).isTrue();
        assertThat(scores.describe()).isEqualTo("accuracy 0.60 · AUC 0.58 (from the Yes/No decisions alone, so"
                + " equal to balanced accuracy) on 5 items");
    }

    @Test
    void statedConfidencesRankTheAnswersForTheAuc() {
        // Liked scores 0.9, 0.6, 0.3; not liked 0.6, 0.2. Pairs: 0.9>0.6 1, 0.9>0.2 1, 0.6=0.6 ½ (tie),
        // 0.6>0.2 1, 0.3<0.6 0, 0.3>0.2 1 = 4.5 / 6 = 0.75. Decisions (Yes when ≥ 0.5) right: 2 + 1 = 3 / 5.
        YesNoScores scores = YesNoScores.of(List.of(new Answer(true, 0.9, true, false),
                new Answer(true, 0.6, true, false), new Answer(false, 0.3, true, false),
                new Answer(true, 0.6, false, false), new Answer(false, 0.2, false, false))).orElseThrow();

        assertThat(scores.accuracy()).isEqualTo(0.6);
        assertThat(scores.auc()).hasValue(0.75);
        assertThat(scores.decisionsOnly()).isFalse();
        assertThat(scores.describe()).isEqualTo("accuracy 0.60 · AUC 0.75 on 5 items");
    }

    @Test
    void allTiedScoresGiveAnAucOfOneHalf() {
        // Every pair is a tie: 2 × 1 pairs of ½ = 1 / 2. Accuracy: the one not-liked item is right, 1 / 3.
        YesNoScores scores = YesNoScores.of(List.of(Answer.decision(false, true), Answer.decision(false, true),
                Answer.decision(false, false))).orElseThrow();

        assertThat(scores.auc()).hasValue(0.5);
        assertThat(scores.accuracy()).isCloseTo(0.3333, within(1e-4));
    }

    @Test
    void oneClassLeavesTheAucUndefined() {
        // Every item liked, 2 of 3 answered Yes: accuracy 2 / 3, no (liked, not liked) pair exists.
        YesNoScores scores = YesNoScores.of(List.of(Answer.decision(true, true), Answer.decision(true, true),
                Answer.decision(false, true))).orElseThrow();

        assertThat(scores.auc()).isEmpty();
        assertThat(scores.describe()).isEqualTo("accuracy 0.67 · AUC undefined (every scored item is of one class)"
                + " on 3 items");
    }

    @Test
    void nothingAnsweredIsUndefined() {
        assertThat(YesNoScores.of(List.of())).isEmpty();
    }
}
