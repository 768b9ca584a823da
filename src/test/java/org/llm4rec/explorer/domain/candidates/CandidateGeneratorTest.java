package org.llm4rec.explorer.domain.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;

class CandidateGeneratorTest {
    private final Books books = new Books()
            // The profile's own source: everything it saw plus its held-out target (b9).
            .user("self", 1, 2, 3, 9)
            .user("close", 1, 2, 30, 31)
            .user("closer", 1, 2, 3, 30, 32)
            .user("far", 3, 33)
            .user("stranger", 35, 36);
    private final CandidateGenerator generator = new CandidateGenerator(books, books);
    private final Profile profile = books.profile(9, 1, 2, 3);

    @Test
    void popularityTakesTheMostPopularUnseenItems() {
        CandidateSet set = generator.generate(Books.DATASET, profile, spec(CandidateProtocol.POPULARITY, 5));

        assertThat(ids(set)).containsExactlyInAnyOrder("b4", "b5", "b6", "b7", "b8");
        assertThat(set.includesTarget()).isFalse();
        assertThat(set.label()).doesNotContain("target").contains("M=5").contains("seed 7");
    }

    @Test
    void randomDrawsRepeatWithTheSeedAndDifferWithAnother() {
        CandidateSet first = generator.generate(Books.DATASET, profile, spec(CandidateProtocol.RANDOM, 10));
        CandidateSet again = generator.generate(Books.DATASET, profile, spec(CandidateProtocol.RANDOM, 10));
        CandidateSet other = generator.generate(Books.DATASET, profile,
                new CandidateSpec(CandidateProtocol.RANDOM, 10, 8));

        assertThat(first.items()).hasSize(10).doesNotHaveDuplicates().isEqualTo(again.items());
        assertThat(other.items()).isNotEqualTo(first.items());
        assertThat(ids(first)).doesNotContain("b1", "b2", "b3");
    }

    @Test
    void randomPlusTargetPlantsTheTargetAmongMMinusOneRandomItemsAndSaysSo() {
        CandidateSet set = generator.generate(Books.DATASET, profile,
                spec(CandidateProtocol.RANDOM_WITH_TARGET, 20));

        assertThat(set.items()).hasSize(20).doesNotHaveDuplicates().contains(books.book(9));
        assertThat(ids(set)).doesNotContain("b1", "b2", "b3");
        assertThat(set.includesTarget()).isTrue();
        assertThat(set.label()).contains("includes the held-out target");
    }

    @Test
    void theTargetsPlaceDependsOnTheSeededShuffle() {
        List<Integer> positions = new java.util.ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            CandidateSet set = generator.generate(Books.DATASET, profile,
                    new CandidateSpec(CandidateProtocol.RANDOM_WITH_TARGET, 20, seed));
            positions.add(set.items().indexOf(books.book(9)));
        }
        assertThat(positions).doesNotHaveDuplicates().hasSizeGreaterThan(3);
    }

    @Test
    void withoutATargetRandomPlusTargetIsPlainRandomAndNotLabelledAsIncludingIt() {
        Profile nothingHeldOut = new Profile("q", "Q", Books.DATASET, "", profile.visibleHistory(), "");

        CandidateSet set = generator.generate(Books.DATASET, nothingHeldOut,
                spec(CandidateProtocol.RANDOM_WITH_TARGET, 5));

        assertThat(set.includesTarget()).isFalse();
        assertThat(set.note()).contains("no target");
    }

    @Test
    void coOccurrenceRanksItemsSharedWithTheUsersItemsAndIgnoresTheProfilesOwnSource() {
        CandidateSet set = generator.generate(Books.DATASET, profile, spec(CandidateProtocol.ITEM_KNN, 20));

        // b30: with 2 shared items in "close" and 3 in "closer" = 5; b32: 3; b31: 2; b33: 1. "self" would add b9.
        assertThat(set.items()).extracting(Item::id).containsExactlyInAnyOrder("b30", "b32", "b31", "b33");
        assertThat(ids(set)).doesNotContain("b9", "b35");
        assertThat(set.note()).contains("Only 4 of the 20");
    }

    @Test
    void coOccurrenceKeepsTheTopScoresWhenTheSetIsSmallerThanThePool() {
        CandidateSet set = generator.generate(Books.DATASET, profile, spec(CandidateProtocol.ITEM_KNN, 2));

        assertThat(ids(set)).containsExactlyInAnyOrder("b30", "b32");
    }

    @Test
    void userFilteringTakesItemsOfTheMostSimilarUsers() {
        CandidateSet set = generator.generate(Books.DATASET, profile, spec(CandidateProtocol.USER_FILTERING, 2));

        // b30 is held by two neighbours, b31/b32/b33 by one each; ties go by id.
        assertThat(ids(set)).containsExactlyInAnyOrder("b30", "b31");
    }

    @Test
    void withoutInteractionsTheNeighbourhoodGeneratorsSayWhy() {
        CandidateSet set = new CandidateGenerator(books, Interactions.NONE)
                .generate(Books.DATASET, profile, spec(CandidateProtocol.ITEM_KNN, 20));

        assertThat(set.items()).isEmpty();
        assertThat(set.note()).contains("no interactions");
    }

    @Test
    void shufflingForBootstrapKeepsTheItemsAndRecordsTheSeed() {
        CandidateSet set = generator.generate(Books.DATASET, profile, spec(CandidateProtocol.RANDOM, 15));

        CandidateSet reordered = CandidateGenerator.shuffled(set, 99);

        assertThat(reordered.items()).containsExactlyInAnyOrderElementsOf(set.items()).isNotEqualTo(set.items());
        assertThat(reordered.seed()).isEqualTo(99);
        assertThat(reordered.protocol()).isEqualTo(set.protocol());
    }

    private static CandidateSpec spec(CandidateProtocol protocol, int size) {
        return new CandidateSpec(protocol, size, 7);
    }

    private static List<String> ids(CandidateSet set) {
        return set.items().stream().map(Item::id).toList();
    }
}
