package org.llm4rec.explorer.domain.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.llm4rec.explorer.domain.candidates.UserHistory;

/**
 * Popularity, item-kNN and random recommenders under an experiment's protocol. They learn only from training
 * histories (every user's interactions without that user's held-out ones), so no user's target is ever seen,
 * and they rank exactly what the LLM ranks: the frozen candidates, or for open generation the whole catalogue
 * minus the user's known history (all of it, as the LLM lists are judged; a re-watched target is a target, not
 * history, for both).
 */
public final class Baselines {
    private final CatalogueIds catalogue;
    private final long seed;
    private final Map<String, Integer> userIndex = new HashMap<>();
    private final int[][] training;
    /** Per item index, the users (indexes) whose training history holds it. */
    private final int[][] usersOf;
    private final long[] popularity;
    private final Map<String, Integer> itemIndex = new HashMap<>();

    /**
     * @param training every user's training history (see {@link Protocol#trainingPart}), item ids oldest first
     * @param seed     seed of the random baseline
     */
    public Baselines(CatalogueIds catalogue, List<UserHistory> training, long seed) {
        this.catalogue = catalogue;
        this.seed = seed;
        for (int i = 0; i < catalogue.size(); i++) {
            itemIndex.put(catalogue.get(i), i);
        }
        this.training = new int[training.size()][];
        this.popularity = new long[catalogue.size()];
        int[] holders = new int[catalogue.size()];
        for (int u = 0; u < training.size(); u++) {
            userIndex.put(training.get(u).userId(), u);
            this.training[u] = distinctIndexes(training.get(u).itemIds());
            for (int item : this.training[u]) {
                holders[item]++;
                popularity[item]++;
            }
        }
        usersOf = new int[catalogue.size()][];
        for (int i = 0; i < holders.length; i++) {
            usersOf[i] = new int[holders[i]];
        }
        int[] filled = new int[catalogue.size()];
        for (int u = 0; u < this.training.length; u++) {
            for (int item : this.training[u]) {
                usersOf[item][filled[item]++] = u;
            }
        }
    }

    /** The baseline's list for the user: at most {@code length} item ids, best first. */
    public List<String> recommend(Baseline baseline, UserSplit user, int length) {
        List<Integer> pool = pool(user);
        double[] score = switch (baseline) {
            case POPULARITY -> popularityScores();
            case ITEM_KNN -> coOccurrence(user);
            case RANDOM -> null;
        };
        if (score == null) {
            Collections.shuffle(pool, new Random(seed * 17 + user.userId().hashCode()));
        } else {
            // Higher score first; ties by the catalogue's order, so that lists repeat.
            pool.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(length, pool.size()); i++) {
            ids.add(catalogue.get(pool.get(i)));
        }
        return ids;
    }

    /** The frozen candidates, or every catalogue item outside the user's known history. */
    private List<Integer> pool(UserSplit user) {
        List<Integer> pool = new ArrayList<>();
        if (!user.candidates().isEmpty()) {
            for (String id : user.candidates()) {
                Integer i = itemIndex.get(id);
                if (i != null) {
                    pool.add(i);
                }
            }
            return pool;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i : distinctIndexes(user.known())) {
            seen.add(i);
        }
        for (int i = 0; i < catalogue.size(); i++) {
            if (!seen.contains(i)) {
                pool.add(i);
            }
        }
        return pool;
    }

    private double[] popularityScores() {
        double[] score = new double[popularity.length];
        for (int i = 0; i < score.length; i++) {
            score[i] = popularity[i];
        }
        return score;
    }

    /** score(i) = Σ over other users u holding i of |history ∩ training(u)|. */
    private double[] coOccurrence(UserSplit user) {
        Integer self = userIndex.get(user.userId());
        int[] overlap = new int[training.length];
        for (int h : distinctIndexes(user.known())) {
            for (int u : usersOf[h]) {
                overlap[u]++;
            }
        }
        if (self != null) {
            overlap[self] = 0;
        }
        double[] score = new double[catalogue.size()];
        for (int u = 0; u < training.length; u++) {
            if (overlap[u] > 0) {
                for (int item : training[u]) {
                    score[item] += overlap[u];
                }
            }
        }
        return score;
    }

    private int[] distinctIndexes(List<String> ids) {
        Set<Integer> seen = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            Integer i = itemIndex.get(id);
            if (i != null) {
                seen.add(i);
            }
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }
}
