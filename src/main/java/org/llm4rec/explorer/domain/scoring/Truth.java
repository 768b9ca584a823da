package org.llm4rec.explorer.domain.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.Reaction;

/**
 * What a profile says about items it holds, for scoring answers about them: the rating, and whether the user liked
 * the item. Liked means a rating of {@value #LIKED_FROM} or more on the 5-point scale, as many MovieLens papers
 * take it; an unrated item is liked or not by the profile's like/dislike reaction, and otherwise unknown.
 */
public final class Truth {
    public static final double LIKED_FROM = 4.0;

    private final Map<String, ProfileEntry> entries = new HashMap<>();

    public Truth(Profile profile) {
        profile.entries().forEach(e -> entries.put(e.item().id(), e));
    }

    public Optional<Double> rating(String itemId) {
        return Optional.ofNullable(entries.get(itemId)).map(ProfileEntry::rating);
    }

    public Optional<Boolean> liked(String itemId) {
        ProfileEntry entry = entries.get(itemId);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.rating() != null) {
            return Optional.of(entry.rating() >= LIKED_FROM);
        }
        return entry.reaction() == Reaction.NONE ? Optional.empty()
                : Optional.of(entry.reaction() == Reaction.LIKED);
    }
}
