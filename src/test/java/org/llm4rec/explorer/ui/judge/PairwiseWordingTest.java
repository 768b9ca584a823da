package org.llm4rec.explorer.ui.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.judge.PairJudgement;
import org.llm4rec.explorer.domain.judge.PairVerdict;
import org.llm4rec.explorer.domain.judge.PairwiseSummary;

/** How the pairwise screen words a fair judge and a biased one, from verdicts given in both orders. */
class PairwiseWordingTest {
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    /** Five pairs, each asked with run-a first and with run-b first; {@code verdicts[i]} is {a-first, b-first}. */
    private static PairwiseSummary summary(PairVerdict[]... verdicts) {
        List<PairJudgement> judgements = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            String key = "run-a|run-b|item-" + i;
            judgements.add(new PairJudgement("judge", key, "run-a", "run-b", i + 1, i + 1, "Item " + i,
                    verdicts[i][0], "", "", AT));
            judgements.add(new PairJudgement("judge", key, "run-b", "run-a", i + 1, i + 1, "Item " + i,
                    verdicts[i][1], "", "", AT));
        }
        return PairwiseSummary.of(judgements);
    }

    private static PairVerdict[] pair(PairVerdict aFirst, PairVerdict bFirst) {
        return new PairVerdict[] {aFirst, bFirst};
    }

    @Test
    void aJudgeThatFollowsTheExplanationsIsWithinChanceAndConsistent() {
        // run-a's explanation wins pairs 0-2 in both orders, run-b's wins pairs 3-4: 5 of 10 verdicts go first.
        PairwiseSummary fair = summary(pair(PairVerdict.FIRST, PairVerdict.SECOND),
                pair(PairVerdict.FIRST, PairVerdict.SECOND), pair(PairVerdict.FIRST, PairVerdict.SECOND),
                pair(PairVerdict.SECOND, PairVerdict.FIRST), pair(PairVerdict.SECOND, PairVerdict.FIRST));

        assertThat(PairwiseJudgeViewModel.describe(fair.positionBias())).startsWith("Position bias: the explanation"
                + " shown first won 5 of 10 decisive verdicts (50%, 95% interval 24–76%), +0 points")
                .endsWith("within chance: no clear position bias.");
        assertThat(PairwiseJudgeViewModel.describeConsistency(fair)).isEqualTo("Self-consistency: 5 of 5 pairs"
                + " (100%) kept the same winner when the order was swapped.");
    }

    @Test
    void aJudgeThatPrefersTheSecondPositionIsNamedAsSuch() {
        PairVerdict[] second = pair(PairVerdict.SECOND, PairVerdict.SECOND);
        PairwiseSummary biased = summary(second, second, second, second, second);

        assertThat(PairwiseJudgeViewModel.describe(biased.positionBias())).contains("won 0 of 10", "-50 points")
                .endsWith("biased: this judge favours the second position.");
        assertThat(PairwiseJudgeViewModel.describeConsistency(biased)).startsWith("Self-consistency: 0 of 5 pairs");
    }

    @Test
    void tiesSayNothingAboutPosition() {
        PairVerdict[] tie = pair(PairVerdict.TIE, PairVerdict.TIE);
        PairwiseSummary ties = summary(tie, tie);

        assertThat(PairwiseJudgeViewModel.describe(ties.positionBias()))
                .isEqualTo("Position bias: no decisive verdict yet.");
        assertThat(PairwiseJudgeViewModel.describeConsistency(ties))
                .isEqualTo("Self-consistency: no pair got a winner in both orders yet.");
    }
}
