package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.llm4rec.explorer.domain.compare.Lists.ungrounded;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.grounding.Recommendation;

class StabilityTest {

    @Test
    void frequenciesPositionsAndGroupedExplanations() {
        // Three repeats, k = 2:
        //   r1: Dune ("Politics."), Emma ("Comedy.")      , Rebecca
        //   r2: Emma ("Comedy."), Dune ("Politics.")      , Rebecca
        //   r3: Dune ("Desert  politics."), Rebecca ("Gothic."), Emma
        // Top 2: Dune in 3/3 at 1,2,1; Emma in 2/3 at 2,1,-; Rebecca in 1/3 at -,-,2.
        // Dune's explanations: "Politics." twice, "Desert politics." once (white space collapsed).
        List<RankedList> repeats = List.of(
                list(ungrounded(1, "Dune", "Politics."), ungrounded(2, "Emma", "Comedy."),
                        ungrounded(3, "Rebecca", "")),
                list(ungrounded(1, "Emma", "Comedy."), ungrounded(2, "Dune", "Politics."),
                        ungrounded(3, "Rebecca", "")),
                list(ungrounded(1, "Dune", "Desert  politics."), ungrounded(2, "Rebecca", "Gothic."),
                        ungrounded(3, "Emma", "")));
        Stability stability = Stability.of(repeats, 2);

        assertThat(stability.repeats()).isEqualTo(3);
        assertThat(stability.items()).extracting(Stability.ItemFrequency::label, Stability.ItemFrequency::count,
                Stability.ItemFrequency::positions).containsExactly(
                tuple("Dune", 3, List.of(1, 2, 1)),
                tuple("Emma", 2, List.of(2, 1, 0)),
                tuple("Rebecca", 1, List.of(0, 0, 2)));
        assertThat(stability.items().get(1).fraction()).isEqualTo(2.0 / 3);
        assertThat(stability.items().get(0).explanations()).containsExactly(
                new Stability.ExplanationCount("Politics.", 2), new Stability.ExplanationCount("Desert politics.", 1));
    }

    @Test
    void equalFrequenciesAreOrderedByMeanPosition() {
        // k=3, two repeats: a at 3,3; b at 1,2; c at 2,1. All 2/2; mean positions a 3, b 1.5, c 1.5 -> b, c, a
        // (b and c tie and keep their first-seen order).
        Stability stability = Stability.of(List.of(Lists.list("b", "c", "a"), Lists.list("c", "b", "a")), 3);
        assertThat(stability.items()).extracting(Stability.ItemFrequency::label).containsExactly("b", "c", "a");
        assertThat(stability.items()).allSatisfy(item -> assertThat(item.fraction()).isEqualTo(1.0));
    }

    @Test
    void noRepeatsOrEmptyLists() {
        assertThat(Stability.of(List.of(), 5).items()).isEmpty();
        assertThat(Stability.of(List.of(Lists.list(), Lists.list()), 5).items()).isEmpty();
    }

    private static RankedList list(Recommendation... recommendations) {
        return RankedList.of(List.of(recommendations));
    }
}
