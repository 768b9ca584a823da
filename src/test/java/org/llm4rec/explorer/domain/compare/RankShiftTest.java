package org.llm4rec.explorer.domain.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llm4rec.explorer.domain.compare.Lists.grounded;
import static org.llm4rec.explorer.domain.compare.Lists.list;
import static org.llm4rec.explorer.domain.compare.Lists.ungrounded;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankShiftTest {

    @Test
    void shiftsOfEveryItemOfEitherList() {
        List<RankShift> shifts = RankShift.between(list("a", "b", "c"), list("c", "a", "d"));
        assertThat(shifts).extracting(RankShift::label).containsExactly("a", "b", "c", "d");
        assertThat(shifts).extracting(RankShift::from).containsExactly(1, 2, 3, 0);
        assertThat(shifts).extracting(RankShift::to).containsExactly(2, 0, 1, 3);
        // a: 1 -> 2 is down one; c: 3 -> 1 is up two; b and d are in one list only.
        assertThat(shifts).extracting(RankShift::movedUp).containsExactly(-1, 0, 2, 0);
        assertThat(shifts).extracting(RankShift::inBoth).containsExactly(true, false, true, false);
    }

    @Test
    void itemsSharedByAllListsInTheFirstListsOrder() {
        List<RankedList> lists = List.of(list("a", "b", "c", "d"), list("d", "c", "a"), list("c", "x", "a", "d"));
        assertThat(SharedItems.inAll(lists, 10)).containsExactlyElementsOf(Lists.keys("a", "c", "d"));
        // At k=2 the tops are {a,b}, {d,c}, {c,x}: nothing in all three.
        assertThat(SharedItems.inAll(lists, 2)).isEmpty();
        assertThat(SharedItems.inAll(List.of(), 10)).isEmpty();
        assertThat(SharedItems.inAll(List.of(list("a", "b")), 10)).containsExactlyElementsOf(Lists.keys("a", "b"));
    }

    @Test
    void groundedItemsMeetByIdAndOthersByNormalisedTitle() {
        RankedList first = RankedList.of(List.of(
                grounded(1, "The Hobbit", "7", "A classic."),
                ungrounded(2, "The Lanterns of Vell Harrow", "Invented.")));
        RankedList second = RankedList.of(List.of(
                ungrounded(1, "Lanterns of Vell Harrow (Book 1)", ""),
                grounded(2, "Hobbit, or There and Back Again", "7", "")));
        assertThat(first.entries()).extracting(e -> e.key().value())
                .containsExactly("item:7", "title:lanterns of vell harrow");
        assertThat(RankShift.between(first, second)).extracting(RankShift::from, RankShift::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
        assertThat(second.entries().get(1).label()).as("the title as the model wrote it")
                .isEqualTo("Hobbit, or There and Back Again");
    }

    @Test
    void listsAreReadInRankOrder() {
        RankedList list = RankedList.of(List.of(ungrounded(2, "Second", ""), ungrounded(1, "First", "")));
        assertThat(list.entries()).extracting(RankedList.Entry::label).containsExactly("First", "Second");
    }
}
