package org.llm4rec.explorer.ui.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/** The profile a blind A/B rater judges against shows its ratings as they are, half stars included. */
class BlindAbProfileTest {
    @Test
    void halfStarsAreNotRoundedAndWholeStarsHaveNoDecimals() {
        Profile profile = new Profile("p", "Fantasy reader", "books", "", List.of(
                new ProfileEntry(new Item("7", "The Hobbit", "J.R.R. Tolkien", 1937, "", 100), 4.5, false,
                        Reaction.NONE),
                new ProfileEntry(new Item("19", "The Fellowship of the Ring", "J.R.R. Tolkien", 1954, "", 90), 5.0,
                        false, Reaction.NONE)), "");

        assertThat(BlindAbViewModel.describe(profile))
                .isEqualTo("Fantasy reader — history: The Hobbit (4.5★); The Fellowship of the Ring (5★)");
    }
}
