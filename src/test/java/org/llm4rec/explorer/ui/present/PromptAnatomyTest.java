package org.llm4rec.explorer.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;
import org.llm4rec.explorer.domain.prompt.PromptLists;
import org.llm4rec.explorer.domain.prompt.PromptPart;
import org.llm4rec.explorer.domain.prompt.PromptSegment;

/** The History step says "with ratings" only when the prompt's history shows ratings. */
class PromptAnatomyTest {
    private static final Item HOBBIT = new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 100);
    private static final Item DUNE = new Item("8", "Dune", "Frank Herbert", 1965, "", 90);

    @Test
    void aHistoryWithRatingsIsExplainedWithRatings() {
        String history = PromptLists.history(List.of(entry(HOBBIT, 5.0), entry(DUNE, null)));

        assertThat(historyStep(history)).contains("with ratings");
    }

    @Test
    void aHistoryOfTitlesAloneIsNotSaidToHaveRatings() {
        String history = PromptLists.history(List.of(entry(HOBBIT, null), entry(DUNE, null)));

        assertThat(history).doesNotContain("rated");
        assertThat(historyStep(history)).doesNotContain("rating")
                .isEqualTo("What this user has read or watched: the evidence the model works from.");
    }

    private static String historyStep(String history) {
        PromptAnatomy anatomy = new PromptAnatomy(List.of(
                new PromptSegment(PromptPart.INSTRUCTION, "Recommend 10 books.\n"),
                new PromptSegment(PromptPart.HISTORY, history)), "");
        return anatomy.steps().stream().filter(s -> s.title().equals("History")).findFirst().orElseThrow()
                .explanation();
    }

    private static ProfileEntry entry(Item item, Double rating) {
        return new ProfileEntry(item, rating, false, Reaction.NONE);
    }
}
