package org.llm4rec.explorer.domain.candidates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;

/**
 * Draws candidate sets. No generator looks at the held-out targets, except {@link CandidateProtocol#RANDOM_WITH_TARGET},
 * which places the first target among random items by design and labels the set so. Items already in the visible
 * history are never candidates. Every set is shuffled with the spec's seed, since position biases rankings.
 */
public final class CandidateGenerator {
    /** NIR's user filtering reads the items of the 12 most similar users. */
    public static final int NIR_NEIGHBOURS = 12;

    private final CatalogueItems catalogue;
    private final Interactions interactions;

    public CandidateGenerator(CatalogueItems catalogue, Interactions interactions) {
        this.catalogue = catalogue;
        this.interactions = interactions;
    }

    public CandidateSet generate(String datasetId, Profile profile, CandidateSpec spec) {
        Set<String> seen = SimilarUsers.visibleIds(profile);
        Random random = new Random(spec.seed());
        List<Item> drawn;
        boolean planted = false;
        String note = "";
        switch (spec.protocol()) {
            case POPULARITY -> drawn = popular(datasetId, seen, spec.size());
            case RANDOM -> drawn = randomItems(datasetId, seen, Set.of(), spec.size(), random);
            case RANDOM_WITH_TARGET -> {
                if (profile.targets().isEmpty()) {
                    drawn = randomItems(datasetId, seen, Set.of(), spec.size(), random);
                    note = "The profile holds nothing out, so there was no target to include: plain random items.";
                } else {
                    Item target = profile.targets().get(0);
                    drawn = new ArrayList<>(randomItems(datasetId, seen, SimilarUsers.targetIds(profile),
                            spec.size() - 1, random));
                    drawn.add(target);
                    planted = true;
                }
            }
            case ITEM_KNN -> drawn = byScore(datasetId, coOccurrence(profile, datasetId, seen), spec.size());
            case USER_FILTERING -> drawn = byScore(datasetId, neighbourItems(profile, datasetId, seen), spec.size());
            default -> throw new IllegalStateException("unknown protocol " + spec.protocol());
        }
        if (drawn.size() < spec.size()) {
            note = joined(note, shortNote(spec, drawn.size()));
        }
        List<Item> order = new ArrayList<>(drawn);
        Collections.shuffle(order, new Random(spec.seed()));
        return new CandidateSet(spec.protocol(), spec.seed(), planted, order, note);
    }

    /** The same candidates in the order a shuffle with this seed gives, for bootstrapping. */
    public static CandidateSet shuffled(CandidateSet set, long seed) {
        List<Item> order = new ArrayList<>(set.items());
        Collections.shuffle(order, new Random(seed));
        return set.reordered(order, seed);
    }

    private List<Item> popular(String datasetId, Set<String> seen, int size) {
        return catalogue.mostPopular(datasetId, size + seen.size()).stream()
                .filter(i -> !seen.contains(i.id())).limit(size).toList();
    }

    private List<Item> randomItems(String datasetId, Set<String> seen, Set<String> alsoExcluded, int size,
                                   Random random) {
        List<String> pool = new ArrayList<>(catalogue.itemIds(datasetId));
        pool.removeIf(id -> seen.contains(id) || alsoExcluded.contains(id));
        // A partial Fisher-Yates draw: only the first `size` places are filled.
        int n = Math.min(size, pool.size());
        for (int i = 0; i < n; i++) {
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return catalogue.items(datasetId, pool.subList(0, n));
    }

    /** Per item, how many histories hold it together with each of the profile's items (summed). */
    private Map<String, Double> coOccurrence(Profile profile, String datasetId, Set<String> seen) {
        Map<String, Double> score = new HashMap<>();
        for (UserHistory user : SimilarUsers.others(profile, interactions.histories(datasetId))) {
            Set<String> items = new LinkedHashSet<>(user.itemIds());
            long shared = items.stream().filter(seen::contains).count();
            if (shared == 0) {
                continue;
            }
            for (String id : items) {
                if (!seen.contains(id)) {
                    score.merge(id, (double) shared, Double::sum);
                }
            }
        }
        return score;
    }

    /** Per item, how many of the most similar users hold it (NIR's user filtering). */
    private Map<String, Double> neighbourItems(Profile profile, String datasetId, Set<String> seen) {
        Map<String, Double> score = new HashMap<>();
        for (SimilarUsers.Neighbour n : SimilarUsers.nearest(profile, interactions.histories(datasetId),
                NIR_NEIGHBOURS)) {
            for (String id : new HashSet<>(n.user().itemIds())) {
                if (!seen.contains(id)) {
                    score.merge(id, 1.0, Double::sum);
                }
            }
        }
        return score;
    }

    private List<Item> byScore(String datasetId, Map<String, Double> score, int size) {
        List<String> ids = score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size).map(Map.Entry::getKey).toList();
        return catalogue.items(datasetId, ids);
    }

    private static String shortNote(CandidateSpec spec, int found) {
        String why = spec.protocol().needsInteractions()
                ? " This dataset has " + (found == 0 ? "no interactions to draw on" : "too few interactions") + "."
                : "";
        return "Only " + found + " of the " + spec.size() + " candidates asked for could be drawn." + why;
    }

    private static String joined(String a, String b) {
        return a.isEmpty() ? b : a + " " + b;
    }
}
