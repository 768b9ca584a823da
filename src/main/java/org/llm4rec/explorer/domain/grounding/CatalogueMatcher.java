package org.llm4rec.explorer.domain.grounding;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.llm4rec.explorer.domain.Item;

/**
 * Finds the catalogue item a generated title names: the title as written, then normalised, then its variants,
 * then the closest title by edit distance. Where several items fit equally, the one by the author the model
 * named wins, then one from the candidates, then the most popular.
 */
final class CatalogueMatcher {
    static final double NORMALISED_CONFIDENCE = 0.95;
    static final double VARIANT_CONFIDENCE = 0.9;
    static final double FUZZY_THRESHOLD = 0.85;
    static final double FUZZY_CAP = 0.9;
    static final double CREATOR_BONUS = 0.05;
    private static final int FUZZY_POOL = 10;

    private final ItemLookup lookup;
    private final String datasetId;
    private final String creator;
    private final Set<String> candidateIds;

    CatalogueMatcher(ItemLookup lookup, String datasetId, String creator, Set<String> candidateIds) {
        this.lookup = lookup;
        this.datasetId = datasetId;
        this.creator = creator;
        this.candidateIds = candidateIds;
    }

    Grounding match(String title) {
        String written = title == null ? "" : title.strip();
        if (written.isEmpty()) {
            return Grounding.none();
        }
        Optional<Item> exact = best(lookup.byTitle(datasetId, written));
        if (exact.isPresent()) {
            return new Grounding(exact.get(), GroundingMethod.EXACT, 1.0);
        }
        Optional<Item> normalised = byNormalisedTitle(written);
        if (normalised.isPresent()) {
            return new Grounding(normalised.get(), GroundingMethod.NORMALISED, NORMALISED_CONFIDENCE);
        }
        List<String> variants = TitleVariants.of(written);
        for (String variant : variants) {
            Optional<Item> found = best(lookup.byTitle(datasetId, variant)).or(() -> byNormalisedTitle(variant));
            if (found.isPresent()) {
                return new Grounding(found.get(), GroundingMethod.NORMALISED, VARIANT_CONFIDENCE);
            }
        }
        return fuzzy(written, variants);
    }

    private Optional<Item> byNormalisedTitle(String title) {
        String key = TitleNormaliser.normalise(title);
        return key.isEmpty() ? Optional.empty() : best(lookup.byNormalisedTitle(datasetId, key));
    }

    private Grounding fuzzy(String written, List<String> variants) {
        Item bestItem = null;
        double bestScore = 0;
        for (String attempt : concat(written, variants)) {
            String key = TitleNormaliser.normalise(attempt);
            if (key.isEmpty()) {
                continue;
            }
            for (Item item : lookup.similar(datasetId, attempt, FUZZY_POOL)) {
                double score = score(key, item);
                boolean tieWonOnPreference = score == bestScore && bestItem != null
                        && preferred().compare(item, bestItem) < 0;
                if (score > bestScore || tieWonOnPreference) {
                    bestItem = item;
                    bestScore = score;
                }
            }
        }
        if (bestItem == null || bestScore < FUZZY_THRESHOLD) {
            return Grounding.none();
        }
        return new Grounding(bestItem, GroundingMethod.FUZZY, Math.min(bestScore, FUZZY_CAP));
    }

    /** Models often drop a subtitle, so the catalogue title is also compared without it. */
    private double score(String key, Item item) {
        double full = TitleSimilarity.of(key, TitleNormaliser.normalise(item.title()));
        double main = TitleSimilarity.of(key, TitleNormaliser.normalise(TitleVariants.beforeSubtitle(item.title())));
        return Math.max(full, main) + (CreatorMatch.matches(creator, item.creators()) ? CREATOR_BONUS : 0);
    }

    private Optional<Item> best(List<Item> items) {
        return items.stream().min(preferred());
    }

    private Comparator<Item> preferred() {
        return Comparator.comparing((Item i) -> !CreatorMatch.matches(creator, i.creators()))
                .thenComparing(i -> !candidateIds.contains(i.id()))
                .thenComparing(Comparator.comparingLong(Item::popularity).reversed());
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }
}
