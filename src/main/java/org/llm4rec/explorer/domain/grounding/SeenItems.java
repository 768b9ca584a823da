package org.llm4rec.explorer.domain.grounding;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/**
 * Which items a user already has: anything in the known history, not only the part the prompt showed. The flag
 * says which, since a model cannot avoid an item it was never told about.
 */
public final class SeenItems {
    private final Set<String> known = new HashSet<>();
    private final Set<String> shown = new HashSet<>();

    public SeenItems(Profile profile) {
        profile.visibleHistory().forEach(e -> known.add(e.item().id()));
        profile.promptHistory().stream().map(ProfileEntry::item).forEach(i -> shown.add(i.id()));
    }

    /** {@link Flag#ALREADY_SEEN}, {@link Flag#SEEN_NOT_IN_PROMPT}, or empty for an item the user does not have. */
    public Optional<Flag> flag(String itemId) {
        if (shown.contains(itemId)) {
            return Optional.of(Flag.ALREADY_SEEN);
        }
        return known.contains(itemId) ? Optional.of(Flag.SEEN_NOT_IN_PROMPT) : Optional.empty();
    }
}
