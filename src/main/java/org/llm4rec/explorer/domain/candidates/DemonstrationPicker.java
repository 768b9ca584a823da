package org.llm4rec.explorer.domain.candidates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.prompt.Demonstration;

/**
 * Builds k few-shot demonstrations, each a history and the item that came next. From the user's own history (as
 * LLMRank's in-context prompt) they use only visible items; from other users, the profile's own source is left
 * out (see {@link SimilarUsers}) and any held-out target is removed from their histories first, so that no
 * demonstration can show a target.
 */
public final class DemonstrationPicker {
    /** Other users' demonstrations show their last few items only, to keep the prompt within num_ctx. */
    static final int DEMO_HISTORY_LIMIT = 10;

    private final CatalogueItems catalogue;
    private final Interactions interactions;

    public DemonstrationPicker(CatalogueItems catalogue, Interactions interactions) {
        this.catalogue = catalogue;
        this.interactions = interactions;
    }

    public List<Demonstration> pick(String datasetId, Profile profile, DemoSource source, int k, long seed) {
        if (k <= 0) {
            return List.of();
        }
        return switch (source) {
            case OWN_HISTORY -> ownHistory(profile, k);
            case SIMILAR_USERS -> fromUsers(datasetId, profile, SimilarUsers.nearest(profile,
                    interactions.histories(datasetId), Integer.MAX_VALUE).stream()
                    .map(SimilarUsers.Neighbour::user).toList(), source, k);
            case RANDOM_USERS -> {
                List<UserHistory> others = new ArrayList<>(SimilarUsers.others(profile,
                        interactions.histories(datasetId)));
                Collections.shuffle(others, new Random(seed));
                yield fromUsers(datasetId, profile, others, source, k);
            }
        };
    }

    /** The j-th demonstration answers the history before the j-th last visible item with that item. */
    private static List<Demonstration> ownHistory(Profile profile, int k) {
        List<Item> visible = profile.promptHistory().stream().map(ProfileEntry::item).toList();
        List<Demonstration> demos = new ArrayList<>();
        for (int j = Math.min(k, visible.size() - 1); j >= 1; j--) {
            int next = visible.size() - j;
            demos.add(new Demonstration(DemoSource.OWN_HISTORY.inPrompt(), visible.subList(0, next),
                    visible.get(next)));
        }
        return demos;
    }

    private List<Demonstration> fromUsers(String datasetId, Profile profile, List<UserHistory> users,
                                          DemoSource source, int k) {
        Set<String> targets = SimilarUsers.targetIds(profile);
        List<Demonstration> demos = new ArrayList<>();
        for (UserHistory user : users) {
            if (demos.size() == k) {
                break;
            }
            List<String> ids = user.itemIds().stream().filter(id -> !targets.contains(id)).toList();
            List<Item> items = catalogue.items(datasetId, ids.subList(Math.max(0,
                    ids.size() - DEMO_HISTORY_LIMIT - 1), ids.size()));
            if (items.size() >= 2) {
                demos.add(new Demonstration(source.inPrompt(), items.subList(0, items.size() - 1),
                        items.get(items.size() - 1)));
            }
        }
        return demos;
    }
}
