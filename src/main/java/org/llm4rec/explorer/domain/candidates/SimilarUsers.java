package org.llm4rec.explorer.domain.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;

/**
 * Other users ranked by Jaccard similarity of their histories to a profile's visible history.
 *
 * <p>A profile taken from a dataset user is still in the interactions with its held-out targets; used as a
 * neighbour it would leak them. A user whose history holds every item of the profile, held-out ones included, is
 * therefore taken to be the profile's own source and left out.
 */
public final class SimilarUsers {

    /** A user and its similarity to the profile. */
    public record Neighbour(UserHistory user, double similarity) {
    }

    private SimilarUsers() {
    }

    /** The {@code k} most similar other users with some overlap, most similar first (ties by user id). */
    public static List<Neighbour> nearest(Profile profile, List<UserHistory> users, int k) {
        Set<String> visible = visibleIds(profile);
        List<Neighbour> scored = new ArrayList<>();
        for (UserHistory user : others(profile, users)) {
            double similarity = jaccard(visible, new HashSet<>(user.itemIds()));
            if (similarity > 0) {
                scored.add(new Neighbour(user, similarity));
            }
        }
        scored.sort(Comparator.comparingDouble(Neighbour::similarity).reversed()
                .thenComparing(n -> n.user().userId()));
        return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
    }

    /** Every user except the profile's own source. */
    public static List<UserHistory> others(Profile profile, List<UserHistory> users) {
        Set<String> all = new HashSet<>();
        profile.entries().forEach(e -> all.add(e.item().id()));
        // Sized first and set-based: experiments ask this for every sampled user over every history.
        return users.stream().filter(u -> all.isEmpty() || u.itemIds().size() < all.size()
                || !new HashSet<>(u.itemIds()).containsAll(all)).toList();
    }

    /** |A ∩ B| / |A ∪ B|, 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    static Set<String> visibleIds(Profile profile) {
        Set<String> ids = new HashSet<>();
        profile.visibleHistory().stream().map(ProfileEntry::item).map(Item::id).forEach(ids::add);
        return ids;
    }

    static Set<String> targetIds(Profile profile) {
        Set<String> ids = new HashSet<>();
        profile.targets().forEach(t -> ids.add(t.id()));
        return ids;
    }
}
