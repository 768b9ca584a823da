package org.llm4rec.explorer.domain.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.prompt.Demonstration;

class DemonstrationPickerTest {
    private final Books books = new Books()
            .user("self", 1, 2, 3, 4, 9)
            .user("twin", 1, 2, 3, 20, 9)
            .user("cousin", 1, 2, 21, 22)
            .user("far", 4, 23, 24)
            .user("stranger", 30, 31, 32);
    private final DemonstrationPicker picker = new DemonstrationPicker(books, books);
    private final Profile profile = books.profile(9, 1, 2, 3, 4);

    @Test
    void ownHistoryAnswersTheHistoryBeforeTheLastVisibleItemWithIt() {
        List<Demonstration> demos = picker.pick(Books.DATASET, profile, DemoSource.OWN_HISTORY, 1, 0);

        assertThat(demos).singleElement().satisfies(d -> {
            assertThat(d.history()).containsExactly(books.book(1), books.book(2), books.book(3));
            assertThat(d.next()).isEqualTo(books.book(4));
            assertThat(d.source()).isEqualTo("my own history");
        });
    }

    @Test
    void kOwnDemonstrationsStepBackThroughTheHistoryOldestFirst() {
        List<Demonstration> demos = picker.pick(Books.DATASET, profile, DemoSource.OWN_HISTORY, 2, 0);

        assertThat(demos).extracting(Demonstration::next).containsExactly(books.book(3), books.book(4));
        assertThat(demos.get(0).history()).containsExactly(books.book(1), books.book(2));
    }

    @Test
    void similarUsersComeByJaccardWithoutTheOwnSourceAndWithoutTheTarget() {
        List<Demonstration> demos = picker.pick(Books.DATASET, profile, DemoSource.SIMILAR_USERS, 2, 0);

        // twin: {1,2,3,20,9} vs {1,2,3,4} = 3/6; cousin: 2/6; far: 1/6. "self" is the profile's own source.
        assertThat(demos).hasSize(2);
        assertThat(demos.get(0).next()).isEqualTo(books.book(20));
        assertThat(demos.get(0).history()).containsExactly(books.book(1), books.book(2), books.book(3));
        assertThat(demos.get(1).next()).isEqualTo(books.book(22));
        assertThat(demos).allSatisfy(d -> assertThat(d.source()).contains("similar"));
    }

    @Test
    void randomUsersRepeatWithTheSeedAndNeverShowTheTarget() {
        List<Demonstration> first = picker.pick(Books.DATASET, profile, DemoSource.RANDOM_USERS, 3, 5);
        List<Demonstration> again = picker.pick(Books.DATASET, profile, DemoSource.RANDOM_USERS, 3, 5);

        assertThat(first).hasSize(3).isEqualTo(again);
        for (Demonstration d : first) {
            assertThat(d.history()).doesNotContain(books.book(9));
            assertThat(d.next()).isNotEqualTo(books.book(9));
        }
    }

    @Test
    void noDemonstrationsWhenKIsZero() {
        assertThat(picker.pick(Books.DATASET, profile, DemoSource.SIMILAR_USERS, 0, 0)).isEmpty();
    }

    @Test
    void jaccardIsSharedOverUnion() {
        assertThat(SimilarUsers.jaccard(java.util.Set.of("a", "b"), java.util.Set.of("b", "c", "d")))
                .isEqualTo(0.25);
        assertThat(SimilarUsers.jaccard(java.util.Set.of(), java.util.Set.of())).isZero();
    }

}
