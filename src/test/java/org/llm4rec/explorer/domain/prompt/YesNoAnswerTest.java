package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class YesNoAnswerTest {

    @Test
    void aBareAnswerScoresOneForYesAndZeroForNo() {
        assertThat(YesNoAnswer.read("Yes.")).contains(new YesNoAnswer(true, 1, true));
        assertThat(YesNoAnswer.read("no, I don't think so")).contains(new YesNoAnswer(false, 0, true));
    }

    @Test
    void aStatedConfidenceBecomesTheLeanToYes() {
        YesNoAnswer no = YesNoAnswer.read("No, confidence 0.9").orElseThrow();
        assertThat(no.yes()).isFalse();
        assertThat(no.yesScore()).isCloseTo(0.1, within(1e-9));
        assertThat(no.bare()).isFalse();
        assertThat(YesNoAnswer.read("Yes (80% sure)").orElseThrow().yesScore()).isCloseTo(0.8, within(1e-9));
        assertThat(YesNoAnswer.read("Yes, with probability 0.65").orElseThrow().yesScore()).isEqualTo(0.65);
    }

    @Test
    void aConfidenceOutsideZeroToOneIsIgnored() {
        assertThat(YesNoAnswer.read("Yes, confidence 7")).contains(new YesNoAnswer(true, 1, true));
    }

    @Test
    void neitherYesNorNoIsUnreadable() {
        assertThat(YesNoAnswer.read("maybe")).isEmpty();
    }
}
