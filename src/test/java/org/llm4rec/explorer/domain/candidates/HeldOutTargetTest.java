package org.llm4rec.explorer.domain.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.prompt.Demonstration;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.prompt.PromptSegment;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.domain.prompt.RenderedPrompt;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.domain.prompt.StrategyInput;

/**
 * The held-out target never reaches a prompt through the history or the demonstrations (from the user, from
 * similar users who hold it, from random users), for every strategy. Fair generators do not look at it, so they
 * may still draw it blindly (a popular or co-occurring target is a legitimate retrieval): then, and when
 * "random + target" plants it on purpose, it shows only among the candidates. With candidates that do not hold
 * it, no prompt names it at all.
 */
class HeldOutTargetTest {
    private static final Dataset DATASET = new Dataset(Books.DATASET, "Books", "book", "v1", 40);
    private final Books books = new Books()
            .user("self", 1, 2, 3, 4, 9)
            .user("twin", 1, 2, 3, 9, 20)
            .user("fan", 1, 2, 9)
            .user("ends-with-target", 3, 4, 21, 9)
            .user("other", 4, 22, 9, 23);
    private final Profile profile = books.profile(9, 1, 2, 3, 4);

    @Test
    void noStrategyShowsTheTargetWithAnyDemonstrationSourceOrFairGenerator() {
        CandidateGenerator generator = new CandidateGenerator(books, books);
        DemonstrationPicker picker = new DemonstrationPicker(books, books);
        int prompts = 0;
        for (CandidateProtocol protocol : CandidateProtocol.values()) {
            if (protocol == CandidateProtocol.RANDOM_WITH_TARGET) {
                continue;
            }
            for (long seed = 1; seed <= 5; seed++) {
                CandidateSet set = generator.generate(Books.DATASET, profile, new CandidateSpec(protocol, 12, seed));
                List<Item> withoutTarget = set.items().stream().filter(i -> !i.equals(books.book(9))).toList();
                for (DemoSource source : DemoSource.values()) {
                    List<Demonstration> demos = picker.pick(Books.DATASET, profile, source, 4, seed);
                    for (PromptStrategy strategy : Strategies.all()) {
                        String where = strategy.id() + " / " + protocol + " / " + source;
                        for (PromptSegment segment : render(strategy, set.items(), demos).segments()) {
                            if (segment.part() != PromptPart.CANDIDATES) {
                                assertThat(names(segment.text())).as(where).isFalse();
                            }
                        }
                        assertThat(names(render(strategy, withoutTarget, demos).text())).as(where).isFalse();
                        prompts++;
                    }
                }
            }
        }
        assertThat(prompts).isGreaterThan(500);
    }

    @Test
    void randomPlusTargetShowsTheTargetOnlyAmongTheCandidates() {
        CandidateSet set = new CandidateGenerator(books, books).generate(Books.DATASET, profile,
                new CandidateSpec(CandidateProtocol.RANDOM_WITH_TARGET, 10, 3));
        List<Demonstration> demos = new DemonstrationPicker(books, books)
                .pick(Books.DATASET, profile, DemoSource.SIMILAR_USERS, 4, 3);

        for (PromptStrategy strategy : Strategies.all()) {
            RenderedPrompt prompt = render(strategy, set.items(), demos);
            boolean shown = false;
            for (PromptSegment segment : prompt.segments()) {
                if (names(segment.text())) {
                    assertThat(segment.part()).as(strategy.id()).isEqualTo(PromptPart.CANDIDATES);
                    shown = true;
                }
            }
            if (strategy.ranksCandidates() && !strategy.id().equals("pairwise")) {
                assertThat(shown).as(strategy.id()).isTrue();
            }
        }
    }

    /** "Book 9" and "Author 9" followed by anything but a digit ("Book 90" would be another book). */
    private static boolean names(String text) {
        return text.matches("(?s).*\\b(?:Book|Author) 9(?!\\d).*");
    }

    private RenderedPrompt render(PromptStrategy strategy, List<Item> candidates, List<Demonstration> demos) {
        StrategyInput input = new StrategyInput(DATASET, profile, 5, candidates.isEmpty()
                ? List.of(books.book(30)) : candidates, demos, false);
        return strategy.build(input, strategy.defaultTemplate()).prompt();
    }
}
