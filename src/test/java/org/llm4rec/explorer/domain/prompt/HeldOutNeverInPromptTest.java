package org.llm4rec.explorer.domain.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileAttributes;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/** The evaluation rule the whole app rests on: a held-out target never reaches a prompt, for any strategy. */
class HeldOutNeverInPromptTest {
    private static final Dataset BOOKS = new Dataset("books", "Books", "book", "v1", 5);
    private static final Item SEEN = new Item("1", "The Hobbit", "J.R.R. Tolkien", 1937, "Fantasy", 100);
    private static final Item ALSO_SEEN = new Item("2", "Dune", "Frank Herbert", 1965, "Science fiction", 90);
    private static final Item TARGET = new Item("3", "Quillwharf Lanterns", "Oriel Vantrasse", 2001, "", 5);
    private static final Item SECOND_TARGET = new Item("4", "Sable Harbour Almanac", "Ines Corvath", 1999, "", 4);
    /** Candidates without the targets: where a target may legitimately appear (LLMRank) is tested elsewhere. */
    private static final List<Item> CANDIDATES = List.of(
            new Item("5", "Emma", "Jane Austen", 1815, "Classics", 80),
            new Item("6", "Neuromancer", "William Gibson", 1984, "Science fiction", 70),
            new Item("7", "Rebecca", "Daphne du Maurier", 1938, "Gothic", 60));

    static List<PromptStrategy> strategies() {
        return Strategies.all();
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void heldOutItemsNeverAppearInTheRenderedPrompt(PromptStrategy strategy) {
        Profile profile = new Profile("p", "Reader", "books", "Likes long series.", List.of(
                new ProfileEntry(SEEN, 5.0, false, Reaction.LIKED), new ProfileEntry(ALSO_SEEN, 3.5, false),
                new ProfileEntry(TARGET, 5.0, true), new ProfileEntry(SECOND_TARGET, null, true, Reaction.DISLIKED)),
                "slow-burn science fiction", new ProfileAttributes("25-34", "teacher", "Norway"));
        String prompt = strategy.build(new StrategyInput(BOOKS, profile, 10, CANDIDATES), strategy.defaultTemplate())
                .prompt().text();

        assertThat(prompt).contains(SEEN.title()).contains(ALSO_SEEN.title());
        for (Item target : List.of(TARGET, SECOND_TARGET)) {
            assertThat(prompt).as(strategy.id() + " must not show held-out " + target.title())
                    .doesNotContain(target.title()).doesNotContain(target.creators());
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void cuttingALongHistoryNeverBringsATargetIn(PromptStrategy strategy) {
        Profile profile = new Profile("p", "Reader", "books", "", List.of(new ProfileEntry(SEEN, 5.0, false),
                new ProfileEntry(ALSO_SEEN, 4.0, false), new ProfileEntry(TARGET, 5.0, true)), "")
                .withHistoryLimit(1);
        String prompt = strategy.build(new StrategyInput(BOOKS, profile, 10, CANDIDATES), strategy.defaultTemplate())
                .prompt().text();

        assertThat(prompt).contains(ALSO_SEEN.title()).doesNotContain(SEEN.title()).doesNotContain(TARGET.title());
    }
}
