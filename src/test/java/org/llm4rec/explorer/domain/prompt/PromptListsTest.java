package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.ProfileEntry;

class PromptListsTest {
    private static final Item DUNE = new Item("126", "Dune (Dune Chronicles #1)", "Frank Herbert", 1965, "", 1);
    private static final Item UNKNOWN_AUTHOR = new Item("x", "Beowulf", "", null, "", 1);

    @Test
    void numbersTheHistoryWithRatingsOutOfFive() {
        String text = PromptLists.history(List.of(
                new ProfileEntry(DUNE, 4.0, false),
                new ProfileEntry(UNKNOWN_AUTHOR, 3.5, false),
                new ProfileEntry(DUNE, null, false)));

        assertThat(text).isEqualTo("""
                1. Dune (Dune Chronicles #1) by Frank Herbert (rated 4/5)
                2. Beowulf (rated 3.5/5)
                3. Dune (Dune Chronicles #1) by Frank Herbert""");
    }

    @Test
    void refusesAHeldOutEntry() {
        assertThatThrownBy(() -> PromptLists.history(List.of(new ProfileEntry(DUNE, 5.0, true))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held-out");
    }

    @Test
    void numbersItems() {
        assertThat(PromptLists.items(List.of(UNKNOWN_AUTHOR, DUNE)))
                .isEqualTo("1. Beowulf\n2. Dune (Dune Chronicles #1) by Frank Herbert");
        assertThat(PromptLists.items(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource({"book, book, books", "Movie, movie, movies", "series, series, series", "category, category, categories",
            "box set, box set, box sets", "toy, toy, toys", "class, class, classes", "'', item, items"})
    void namesItemKindsInSingularAndPlural(String kind, String singular, String plural) {
        assertThat(ItemKinds.singular(kind)).isEqualTo(singular);
        assertThat(ItemKinds.plural(kind)).isEqualTo(plural);
    }
}
