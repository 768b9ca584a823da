package org.llm4rec.explorer.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

class TruthTest {
    private static Item item(String id) {
        return new Item(id, "Item " + id, "", 2000, "", 1);
    }

    private final Truth truth = new Truth(new Profile("p", "P", "d", "", List.of(
            new ProfileEntry(item("four"), 4.0, true),
            new ProfileEntry(item("low"), 3.5, true, Reaction.LIKED),
            new ProfileEntry(item("liked"), null, true, Reaction.LIKED),
            new ProfileEntry(item("disliked"), null, false, Reaction.DISLIKED),
            new ProfileEntry(item("silent"), null, true)), ""));

    @Test
    void aRatingOfFourOrMoreIsLikedAndTheRatingWinsOverAReaction() {
        assertThat(truth.liked("four")).contains(true);
        assertThat(truth.liked("low")).contains(false);
        assertThat(truth.rating("low")).contains(3.5);
    }

    @Test
    void unratedItemsAreJudgedByTheirReactionElseUnknown() {
        assertThat(truth.liked("liked")).contains(true);
        assertThat(truth.liked("disliked")).contains(false);
        assertThat(truth.liked("silent")).isEmpty();
        assertThat(truth.rating("silent")).isEmpty();
        assertThat(truth.liked("not in the profile")).isEmpty();
    }
}
