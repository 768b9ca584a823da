package org.llm4rec.explorer.domain.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Judge answers as models write them, including the ones that cannot be read. */
class JudgeAnswerTest {
    private static final List<JudgeCriterion> RECLM = JudgeRubric.RECLM_EVAL.criteria();

    @Test
    void readsScoreLinesWhenTheJudgeWritesNoJson() {
        JudgeAnswer read = JudgeAnswer.scores("""
                **Informativeness:** 4/5 - names the director and the setting.
                **Persuasiveness:** 3 out of 5
                **Helpfulness**: 4
                """, RECLM);

        assertThat(read.readable()).isTrue();
        assertThat(read.scores()).isEqualTo(Map.of("informativeness", 4, "persuasiveness", 3, "helpfulness", 4));
    }

    @Test
    void saysWhichCriterionIsMissingOrOutOfRange() {
        JudgeAnswer read = JudgeAnswer.scores("```json\n{\"scores\": {\"informativeness\": 7, \"persuasiveness\": 2}}"
                + "\n```", RECLM);

        assertThat(read.readable()).isFalse();
        assertThat(read.problem()).isEqualTo("Informativeness is 7, not 1 to 5; no score for Helpfulness");
        assertThat(read.scores()).isEqualTo(Map.of("persuasiveness", 2));
    }

    @Test
    void anAnswerWithoutScoresIsUnreadableNotACrash() {
        JudgeAnswer read = JudgeAnswer.scores("I'm sorry, I can't rate explanations.", RECLM);

        assertThat(read.readable()).isFalse();
        assertThat(read.problem()).contains("no score for Informativeness", "no JSON object");
    }

    @Test
    void readsPairwiseVerdictsInJsonOrProse() {
        assertThat(JudgeAnswer.verdict("{\"winner\": \"Explanation B\", \"reason\": \"more specific\"}"))
                .contains(PairVerdict.SECOND);
        assertThat(JudgeAnswer.verdict("<think>A is vaguer.</think>\nThe better one: B")).contains(PairVerdict.SECOND);
        assertThat(JudgeAnswer.verdict("A")).contains(PairVerdict.FIRST);
        assertThat(JudgeAnswer.verdict("{\"winner\": \"tie\"}")).contains(PairVerdict.TIE);
        assertThat(JudgeAnswer.verdict("Both have merits.")).isEmpty();
    }
}
