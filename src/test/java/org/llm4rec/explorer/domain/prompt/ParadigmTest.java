package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParadigmTest {

    @Test
    void theBuiltInsCoverTheThreeNonTuningParadigmsAndDiscriminativeRankingAndNoneClaimsTuning() {
        Map<Paradigm, Long> perParadigm = Strategies.all().stream()
                .collect(Collectors.groupingBy(PromptStrategy::paradigm, Collectors.counting()));

        assertThat(perParadigm).containsKeys(Paradigm.PROMPTING, Paradigm.IN_CONTEXT_LEARNING,
                Paradigm.CHAIN_OF_THOUGHT, Paradigm.DISCRIMINATIVE).doesNotContainKeys(Paradigm.TUNING);
        assertThat(Strategies.byId("in-context")).get().extracting(PromptStrategy::paradigm)
                .isEqualTo(Paradigm.IN_CONTEXT_LEARNING);
    }

    @Test
    void everyParadigmHasATeachingParagraphAndOnlyDiscriminativeIsNotGenerative() {
        for (Paradigm paradigm : Paradigm.values()) {
            assertThat(paradigm.paragraph()).hasSizeGreaterThan(100);
            assertThat(paradigm.generative()).isEqualTo(paradigm != Paradigm.DISCRIMINATIVE);
        }
    }
}
