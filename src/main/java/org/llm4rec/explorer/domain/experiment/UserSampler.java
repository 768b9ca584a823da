package org.llm4rec.explorer.domain.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.llm4rec.explorer.domain.candidates.UserHistory;

/** Draws an experiment's users from a dataset's histories, as a {@link UserSample} says. */
public final class UserSampler {
    private UserSampler() {
    }

    /**
     * @param histories      every user's history, in a stable order
     * @param categoriesOf   an item id's categories as the catalogue writes them ("Comedy, Drama"), "" when none
     * @return the chosen users in a stable order (the seeded draw's)
     */
    public static List<UserHistory> select(UserSample sample, List<UserHistory> histories,
                                           Function<String, String> categoriesOf) {
        List<UserHistory> pool = switch (sample.kind()) {
            case RANDOM -> new ArrayList<>(histories);
            case COLD_START -> new ArrayList<>(histories.stream()
                    .filter(h -> h.itemIds().size() <= UserSample.COLD_START_MAX).toList());
            case HEAVY -> heavy(histories);
            case CATEGORY -> new ArrayList<>(histories.stream()
                    .filter(h -> inCategory(h, sample.category(), categoriesOf)).toList());
        };
        Collections.shuffle(pool, new Random(sample.seed()));
        return List.copyOf(sample.size() == 0 ? pool : pool.subList(0, Math.min(sample.size(), pool.size())));
    }

    /** The top decile by number of interactions (at least one user); ties at the border by user id. */
    private static List<UserHistory> heavy(List<UserHistory> histories) {
        List<UserHistory> sorted = new ArrayList<>(histories);
        sorted.sort(Comparator.comparingInt((UserHistory h) -> h.itemIds().size()).reversed()
                .thenComparing(UserHistory::userId));
        int decile = (int) Math.ceil(sorted.size() / 10.0);
        return new ArrayList<>(sorted.subList(0, Math.min(decile, sorted.size())));
    }

    /** At least half of the user's interactions are with items of the category (case-insensitive). */
    static boolean inCategory(UserHistory history, String category, Function<String, String> categoriesOf) {
        if (history.itemIds().isEmpty()) {
            return false;
        }
        String wanted = category.toLowerCase();
        long matching = history.itemIds().stream().filter(id -> hasCategory(categoriesOf.apply(id), wanted)).count();
        return matching * 2 >= history.itemIds().size();
    }

    private static boolean hasCategory(String categories, String wanted) {
        if (categories == null) {
            return false;
        }
        for (String c : categories.split("[,|;]")) {
            if (c.strip().toLowerCase().equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
