package org.llm4rec.explorer.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.GEMMA;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.LLAMA;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.QWEN;
import static org.llm4rec.explorer.ui.compare.ComparisonFixture.REPEATER;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.compare.DiffSegment;
import org.llm4rec.explorer.domain.compare.RankedList;
import org.llm4rec.explorer.domain.compare.Stability;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;

/** The comparison follows real result columns run against the fake Ollama. */
class CompareViewModelTest {
    @TempDir
    Path dir;
    private ComparisonFixture fixture;
    private CompareViewModel model;

    @BeforeEach
    void open() {
        fixture = new ComparisonFixture(dir);
        model = new CompareViewModel(fixture.results.columns());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void columnsJoinAsTheyCompleteAndLeaveWhenRemoved() {
        assertThat(model.columns()).isEmpty();
        RunColumnViewModel a = fixture.run(LLAMA, 10, 42);
        assertThat(model.columns()).extracting(ComparedColumn::toString)
                .containsExactly("A  llama3.2:3b · Zero-shot direct recommendation");
        assertThat(model.secondProperty().get()).isNull();
        fixture.run(QWEN, 10, 42);
        fixture.run(GEMMA, 5, 42);
        assertThat(model.columns()).extracting(ComparedColumn::letter).containsExactly("A", "B", "C");
        assertThat(model.firstProperty().get().letter()).isEqualTo("A");
        assertThat(model.secondProperty().get().letter()).isEqualTo("B");

        fixture.results.remove(a);
        assertThat(model.columns()).extracting(c -> c.run().model()).containsExactly(QWEN, GEMMA);
        assertThat(model.firstProperty().get().run().model()).isEqualTo(QWEN);
        assertThat(model.secondProperty().get().run().model()).isEqualTo(GEMMA);
    }

    @Test
    void matrixPairMeasuresSharedItemsAndDiffsByHand() {
        fixture.run(LLAMA, 10, 42);
        fixture.run(QWEN, 10, 42);
        fixture.run(GEMMA, 5, 42);
        // A = b1..b10, X (X invented); B = b10..b1, X; C = b1, b4, b2, Dune, Rebecca.
        // k=10: A∩B = 10 -> 1.00; A∩C = {b1,b2,b4} = 3 -> 0.30, Jaccard 3/(10+5-3) = 0.25; B∩C the same.
        var cells = model.matrixProperty().get();
        assertThat(cells.get(0).get(1).overlap()).isEqualTo(1.0);
        assertThat(cells.get(0).get(2).overlap()).isCloseTo(0.3, within(1e-12));
        assertThat(cells.get(2).get(0).jaccard()).isCloseTo(0.25, within(1e-12));
        assertThat(model.sharedByAllItems()).extracting(RankedList.Entry::label)
                .containsExactly("The Way of Kings", "The Blade Itself", "Uprooted");
        // A vs B at k=10: the same ten books reversed -> tau -1. RBO_ext (p=0.9, 11 items each): X_d = 0 for d<=5,
        // then 2,4,6,8,10,11 -> (0.1/0.9)(1/3 p^6 + 4/7 p^7 + 3/4 p^8 + 8/9 p^9 + p^10 + p^11) + p^11 = 0.51161.
        assertThat(model.tauProperty().get()).hasValueCloseTo(-1.0, within(1e-12));
        assertThat(model.rboProperty().get().getAsDouble()).isCloseTo(0.51161, within(1e-4));

        // k=5: A top5 b1..b5, B top5 b10..b6, C top5 all of C. A∩B 0; A∩C 3 -> 0.60, Jaccard 3/7; nothing in all.
        model.kProperty().set(5);
        cells = model.matrixProperty().get();
        assertThat(cells.get(0).get(1).overlap()).isZero();
        assertThat(cells.get(0).get(2).overlap()).isCloseTo(0.6, within(1e-12));
        assertThat(cells.get(2).get(0).jaccard()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(model.sharedByAllItems()).isEmpty();
        // tau@5 of two disjoint 5-lists = -2k/(3k-1) = -10/14.
        assertThat(model.tauProperty().get()).hasValueCloseTo(-10.0 / 14, within(1e-12));

        model.kProperty().set(10);
        model.choosePair(model.columns().get(0), model.columns().get(2));
        // A vs C at k=10, union of 12: A ranks b1..b10 1..10, Dune and Rebecca 11; C ranks b1 1, b4 2, b2 3,
        // Dune 4, Rebecca 5, the other seven 11. C=28 (b1 with all 11, b2 with 9, b4 with 8), D=16 (b2-b4,
        // b4-b3, seven × Dune/Rebecca); ties n1=1 (Dune-Rebecca in A), n2=21 (the seven in C).
        // tau-b = 12/sqrt(65*45) = 0.22188.
        assertThat(model.tauProperty().get().getAsDouble()).isCloseTo(0.22188, within(1e-4));
        // RBO_ext: S=C (s=5), L=A (l=11); X_d = 1,1,2,3,3 then 3; sums 3.58883 + 0.6*0.90435 = 4.13144;
        // (0.1/0.9)*4.13144 + (3/5)*0.9^11 = 0.45905 + 0.18829 = 0.64733.
        assertThat(model.rboProperty().get().getAsDouble()).isCloseTo(0.64733, within(1e-4));
        assertThat(model.shifts()).filteredOn(s -> s.label().equals("Uprooted")).singleElement()
                .satisfies(s -> assertThat(s.from()).isEqualTo(4)).satisfies(s -> assertThat(s.to()).isEqualTo(2));
        assertThat(model.shifts()).filteredOn(s -> s.label().equals("Dune")).singleElement()
                .satisfies(s -> assertThat(s.from()).isZero());

        // The prompts differ only in the count asked for (10 vs 5).
        assertThat(model.promptDiff()).filteredOn(s -> s.kind() != DiffSegment.Kind.SAME)
                .extracting(s -> s.text().strip()).containsExactly("10", "5", "10", "5");
        // The Way of Kings is in both and chosen first; its explanations differ in the author's other book.
        assertThat(model.pairItems()).extracting(RankedList.Entry::label)
                .containsExactly("The Way of Kings", "The Blade Itself", "Uprooted");
        assertThat(model.explanationDiff()).filteredOn(s -> s.kind() != DiffSegment.Kind.SAME)
                .extracting(DiffSegment::kind, s -> s.text().strip())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiffSegment.Kind.REMOVED, "The Final Empire,"),
                        org.assertj.core.groups.Tuple.tuple(DiffSegment.Kind.ADDED, "Mistborn,"));
    }

    @Test
    void repeatsWithSeedsAreGroupedAndTheirStabilityComputed() {
        fixture.run(LLAMA, 10, 42);
        fixture.run(REPEATER, 5, 42);
        fixture.run(REPEATER, 5, 43);
        fixture.run(REPEATER, 5, 44);
        assertThat(model.repeatGroups()).singleElement().satisfies(group -> {
            assertThat(group.runs()).extracting(r -> r.options().seed()).containsExactly(42, 43, 44);
            assertThat(group.name()).contains("mistral:7b").contains("3 repeats").contains("B, C, D");
        });

        StabilityViewModel stability = model.stability(model.repeatGroups().get(0));
        // Repeats: [WoK, Blade, Uprooted], [WoK, Uprooted, Dune], [Blade, WoK, Rebecca], k=10:
        // WoK 3/3 at 1,1,2; Blade 2/3 at 2,-,1; Uprooted 2/3 at 3,2,-; Dune 1/3; Rebecca 1/3.
        assertThat(stability.items()).extracting(Stability.ItemFrequency::label, Stability.ItemFrequency::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The Way of Kings", 3),
                        org.assertj.core.groups.Tuple.tuple("The Blade Itself", 2),
                        org.assertj.core.groups.Tuple.tuple("Uprooted", 2),
                        org.assertj.core.groups.Tuple.tuple("Dune", 1),
                        org.assertj.core.groups.Tuple.tuple("Rebecca", 1));
        assertThat(stability.items().get(0).positions()).containsExactly(1, 1, 2);
        assertThat(stability.selectedProperty().get().label()).isEqualTo("The Way of Kings");
        assertThat(stability.explanations()).containsExactly(new Stability.ExplanationCount("Epic.", 2),
                new Stability.ExplanationCount("A vast epic.", 1));
        assertThat(stability.seeds()).containsExactly("42", "43", "44");

        // k=1: only the first places count: WoK in repeats 1 and 2, Blade in 3.
        stability.kProperty().set(1);
        assertThat(stability.items()).extracting(Stability.ItemFrequency::label, Stability.ItemFrequency::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The Way of Kings", 2),
                        org.assertj.core.groups.Tuple.tuple("The Blade Itself", 1));
        assertThat(stability.selectedProperty().get().label()).as("the chosen item stays chosen")
                .isEqualTo("The Way of Kings");
    }
}
