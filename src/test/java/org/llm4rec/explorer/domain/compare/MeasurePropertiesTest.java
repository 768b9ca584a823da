package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Properties every pair of lists must satisfy, checked on many random pairs drawn from a small alphabet (so that
 * lists overlap, miss each other's items and differ in length). The random source is seeded: a failure names
 * the pair and can be replayed.
 */
class MeasurePropertiesTest {
    private static final int PAIRS = 3000;

    @Test
    void measuresStayInRangeAndAreSymmetric() {
        Random random = new Random(20_101);
        for (int n = 0; n < PAIRS; n++) {
            RankedList a = randomList(random);
            RankedList b = randomList(random);
            int k = 1 + random.nextInt(12);
            String pair = a.top(99) + " vs " + b.top(99) + " at k=" + k;

            double overlap = TopKOverlap.overlap(a, b, k);
            double jaccard = TopKOverlap.jaccard(a, b, k);
            assertThat(overlap).as(pair).isBetween(0.0, 1.0).isEqualTo(TopKOverlap.overlap(b, a, k));
            assertThat(jaccard).as(pair).isBetween(0.0, 1.0).isEqualTo(TopKOverlap.jaccard(b, a, k));

            var tau = KendallTau.atK(a, b, k);
            tau.ifPresent(t -> assertThat(t).as(pair).isBetween(-1.0 - 1e-12, 1.0 + 1e-12)
                    .isCloseTo(KendallTau.atK(b, a, k).getAsDouble(), within(1e-12)));
            assertThat(KendallTau.atK(b, a, k).isPresent()).as(pair).isEqualTo(tau.isPresent());

            double p = 0.05 + 0.9 * random.nextDouble();
            double rbo = RankBiasedOverlap.extrapolated(a, b, p);
            assertThat(rbo).as(pair + " p=" + p).isBetween(-1e-12, 1.0 + 1e-12)
                    .isCloseTo(RankBiasedOverlap.extrapolated(b, a, p), within(1e-12));
        }
    }

    @Test
    void aListAgreesFullyWithItself() {
        Random random = new Random(7);
        for (int n = 0; n < PAIRS; n++) {
            RankedList a = randomList(random);
            int k = 1 + random.nextInt(12);
            double p = 0.05 + 0.9 * random.nextDouble();
            assertThat(RankBiasedOverlap.extrapolated(a, a, p)).as(a.top(99).toString()).isCloseTo(1.0, within(1e-9));
            assertThat(TopKOverlap.jaccard(a, a, k)).isEqualTo(1.0);
            if (a.size() > 0) {
                assertThat(KendallTau.atK(a, a, k)).hasValue(1.0);
                assertThat(TopKOverlap.overlap(a, a, k)).isEqualTo(Math.min(k, a.size()) / (double) k);
            }
        }
    }

    @Test
    void reversingTheSameItemsGivesMinusOne() {
        Random random = new Random(11);
        for (int n = 0; n < 500; n++) {
            List<String> items = IntStream.range(0, 2 + random.nextInt(10)).mapToObj(i -> "i" + i).toList();
            List<String> reversed = new ArrayList<>(items);
            java.util.Collections.reverse(reversed);
            assertThat(KendallTau.atK(RankedList.ofKeys(items), RankedList.ofKeys(reversed), items.size()))
                    .hasValueCloseTo(-1.0, within(1e-12));
        }
    }

    @Test
    void aWordDiffKeepsEveryWordOfBothTexts() {
        Random random = new Random(3);
        for (int n = 0; n < 1000; n++) {
            String before = randomText(random);
            String after = randomText(random);
            List<DiffSegment> diff = WordDiff.between(before, after);
            assertThat(words(diff, DiffSegment.Kind.ADDED)).as(before + " -> " + after).isEqualTo(words(before));
            assertThat(words(diff, DiffSegment.Kind.REMOVED)).as(before + " -> " + after).isEqualTo(words(after));
        }
    }

    private static RankedList randomList(Random random) {
        List<String> keys = new ArrayList<>();
        int length = random.nextInt(13);
        for (int i = 0; i < length; i++) {
            keys.add(String.valueOf((char) ('a' + random.nextInt(16))));
        }
        return RankedList.ofKeys(keys);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(15);
        for (int i = 0; i < words; i++) {
            text.append((char) ('p' + random.nextInt(5))).append(random.nextInt(4) == 0 ? "\n" : " ");
        }
        return text.toString();
    }

    /** The words of the text the diff turns from (without ADDED) or into (without REMOVED). */
    private static List<String> words(List<DiffSegment> diff, DiffSegment.Kind skipped) {
        return diff.stream().filter(s -> s.kind() != skipped)
                .flatMap(s -> java.util.Arrays.stream(s.text().trim().split("\\s+"))).filter(w -> !w.isEmpty())
                .toList();
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
