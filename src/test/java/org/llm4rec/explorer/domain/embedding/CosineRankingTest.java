package org.llm4rec.explorer.domain.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;

/** Cosine ranking against vectors small enough to compute by hand. */
class CosineRankingTest {
    private static final Item A = item("a", "Alpha");
    private static final Item B = item("b", "Beta");
    private static final Item C = item("c", "Gamma");
    private static final Item LIKED_X = item("x", "Liked X");
    private static final Item LIKED_Y = item("y", "Liked Y");

    @Test
    void cosineOfHandComputedVectors() {
        // (1,0)·(1,1) = 1; |(1,0)| = 1, |(1,1)| = √2  →  1/√2
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {1, 1})).isCloseTo(1 / Math.sqrt(2),
                within(1e-9));
        // (1,2,2)·(2,1,-2) = 2 + 2 - 4 = 0
        assertThat(Vectors.cosine(new float[] {1, 2, 2}, new float[] {2, 1, -2})).isCloseTo(0, within(1e-9));
        // (3,4) and (-3,-4) point opposite ways
        assertThat(Vectors.cosine(new float[] {3, 4}, new float[] {-3, -4})).isCloseTo(-1, within(1e-9));
        assertThat(Vectors.cosine(new float[] {0, 0}, new float[] {1, 1})).isZero();
    }

    @Test
    void theMeanWeighsEveryItemAlikeWhateverTheLengthOfItsVector() {
        // (10,0) and (0,1) become (1,0) and (0,1): the mean is (0.5, 0.5), not (5, 0.5)
        float[] mean = Vectors.meanOfUnits(List.of(new float[] {10, 0}, new float[] {0, 1}));

        assertThat(mean[0]).isCloseTo(0.5f, within(1e-6f));
        assertThat(mean[1]).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void ranksByCosineToTheUserAndNamesTheNearestHistoryItem() {
        float[] user = {1, 1, 0};
        List<CosineRanking.Embedded> items = List.of(
                new CosineRanking.Embedded(A, new float[] {0, 0, 1}),   // cos 0
                new CosineRanking.Embedded(B, new float[] {1, 0, 0}),   // cos 1/√2 ≈ 0.71
                new CosineRanking.Embedded(C, new float[] {1, 1, 0.5f})); // 2 / (√2·1.5) ≈ 0.94
        List<CosineRanking.Embedded> history = List.of(
                new CosineRanking.Embedded(LIKED_X, new float[] {1, 0, 0}),
                new CosineRanking.Embedded(LIKED_Y, new float[] {0, 1, 0}));

        List<CosineRanking.Scored> ranked = CosineRanking.rank(user, items, history, 2);

        assertThat(ranked).extracting(CosineRanking.Scored::item).containsExactly(C, B);
        assertThat(ranked.get(0).score()).isCloseTo(2 / (Math.sqrt(2) * 1.5), within(1e-6));
        assertThat(ranked.get(1).score()).isCloseTo(1 / Math.sqrt(2), within(1e-6));
        assertThat(ranked.get(1).nearest()).isEqualTo(LIKED_X);
        assertThat(ranked.get(1).nearestScore()).isCloseTo(1, within(1e-6));
        assertThat(ranked.get(1).explanation("liked item"))
                .isEqualTo("cosine 0.71; closest to your liked item Liked X by Someone (1.00)");
    }

    @Test
    void tiesKeepTheGivenOrder() {
        float[] same = {1, 0};
        List<CosineRanking.Scored> ranked = CosineRanking.rank(same, List.of(
                new CosineRanking.Embedded(B, same), new CosineRanking.Embedded(A, same)), List.of(), 5);

        assertThat(ranked).extracting(CosineRanking.Scored::item).containsExactly(B, A);
        assertThat(ranked.get(0).explanation("liked item")).isEqualTo("cosine 1.00");
    }

    @Test
    void vectorsOfDifferentModelsCannotBeCompared() {
        assertThatThrownBy(() -> Vectors.cosine(new float[3], new float[4]))
                .hasMessageContaining("different embedding models");
    }

    private static Item item(String id, String title) {
        return new Item(id, title, "Someone", 2000, "", 1);
    }
}
