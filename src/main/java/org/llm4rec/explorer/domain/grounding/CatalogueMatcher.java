package org.llm4rec.explorer.domain.grounding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;

/**
 * Finds the catalogue item a generated title names: the title as written, then by its {@link TitleKeys} (whole
 * titles before shortened ones), then by a variant of the written title that leaves out a series note or one side
 * of a colon, then the closest title by edit distance. Among items that fit equally, the year written with the
 * title decides (the same, else one off), then the author or director named, then the candidates offered; items
 * still tied are reported together as ambiguous rather than one of them chosen silently. A title that matches
 * nothing well enough is not grounded, and the closest catalogue items are kept for the reader.
 */
final class CatalogueMatcher {
    static final double NORMALISED_CONFIDENCE = 0.95;
    static final double VARIANT_CONFIDENCE = 0.9;
    static final double FUZZY_THRESHOLD = 0.85;
    static final double FUZZY_CAP = 0.9;
    static final double CREATOR_BONUS = 0.05;
    /** Models often give a film's year one off (festival premiere against release); a small doubt remains. */
    static final double YEAR_OFF_BY_ONE_PENALTY = 0.05;
    private static final int FUZZY_POOL = 10;
    private static final int SUGGESTIONS = 3;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern CONTINUATION_END = Pattern.compile("\\s+[-\u2013\u2014]\\s+|[:;,.]");
    private static final Pattern PRODUCT_DETAILS = Pattern.compile("\\s+[-\u2013\u2014]\\s+(?!.*:)");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    /** Words a subtitle may hold that say nothing about which item it is. */
    private static final Set<String> GENERIC_WORDS = Set.of("book", "books", "part", "volume", "series", "novel",
            "trilogy", "saga", "first", "second", "third", "fourth", "fifth", "one", "two", "three", "four", "five",
            "the", "and", "from", "with", "movie", "film", "edition");

    private final ItemLookup lookup;
    private final String datasetId;
    private final String creator;
    private final Integer year;
    private final String continuation;
    private final Set<String> candidateIds;
    private final Set<Item> ruledOutByYear = new LinkedHashSet<>();

    /**
     * @param explanation what the answer wrote after the title; its first part may finish the title ("Fallout 4 -
     *                    Xbox One - a vast open world" was read as "Fallout 4" with the rest as the reason)
     */
    CatalogueMatcher(ItemLookup lookup, String datasetId, String creator, Integer year, String explanation,
                     Set<String> candidateIds) {
        this.lookup = lookup;
        this.datasetId = datasetId;
        this.creator = creator;
        this.year = year;
        this.continuation = explanation == null ? "" : CONTINUATION_END.split(explanation.strip(), 2)[0];
        this.candidateIds = candidateIds;
    }

    Grounding match(String title) {
        String written = title == null ? "" : title.strip();
        if (written.isEmpty()) {
            return Grounding.none();
        }
        List<Item> exact = lookup.byTitle(datasetId, written);
        // "Stand by Me by Rob Reiner": the parser took " by " for an author, but the catalogue has the longer title.
        String withCreator = creator == null || creator.isBlank() ? ""
                : TitleNormaliser.normalise(written + " by " + creator);
        // "Fallout 4 (Xbox One)": the parser read the platform in parentheses as the creator.
        String withCreatorAfter = creator == null || creator.isBlank() ? ""
                : TitleNormaliser.normalise(written + " " + creator);
        // "Moisturizing Cream" by CeraVe: product titles start with their brand.
        String withBrand = creator == null || creator.isBlank() ? ""
                : TitleNormaliser.normalise(creator + " " + written);
        String key = TitleNormaliser.normalise(written);
        // "Portal 2 (PC/Mac)" for "Portal 2 - PC/Mac": what the parentheses hold may be part of the title.
        String withParenthesised = TitleNormaliser.normalise(PARENTHESES.matcher(written).replaceAll(" $1 "));
        String continued = continuation.isBlank() ? "" : TitleNormaliser.normalise(written + " " + continuation);
        Map<String, Dropped> variants = new LinkedHashMap<>();
        for (String variant : TitleVariants.of(written)) {
            variants.putIfAbsent(TitleNormaliser.normalise(variant), Dropped.from(written, variant));
        }
        Set<String> keys = new LinkedHashSet<>(List.of(withCreator, withCreatorAfter, withParenthesised, continued,
                withBrand, key));
        keys.addAll(variants.keySet());
        keys.remove("");
        List<TitleMatch> matches = lookup.byTitleKeys(datasetId, keys);

        // The title as written and the same title with a series note or alternative title dropped fit equally:
        // "Into the Wild" is Krakauer's book and "Into the Wild (Warriors, #1)".
        List<Item> sameTitle = new ArrayList<>(exact);
        sameTitle.addAll(items(matches, m -> m.key().equals(key) && m.tier() == TitleKeys.WHOLE));
        List<List<Item>> tiers = List.of(
                items(matches, m -> (m.key().equals(withCreator) || m.key().equals(withCreatorAfter))
                        && m.tier() == TitleKeys.WHOLE),
                items(matches, m -> (m.key().equals(withParenthesised) || m.key().equals(continued))
                        && m.tier() == TitleKeys.WHOLE),
                sameTitle,
                items(matches, m -> m.key().equals(withBrand)),
                items(matches, m -> m.key().equals(key)),
                items(matches, m -> !m.key().equals(key) && variants.containsKey(m.key())
                        && variants.get(m.key()).accountedForBy(m.item())));
        double[] confidence = {NORMALISED_CONFIDENCE, NORMALISED_CONFIDENCE, NORMALISED_CONFIDENCE,
                VARIANT_CONFIDENCE, VARIANT_CONFIDENCE, VARIANT_CONFIDENCE};
        // An author or director named picks their item from any tier before a closer title by someone else.
        for (boolean byCreatorOnly : creatorPasses()) {
            for (int i = 0; i < tiers.size(); i++) {
                List<Item> tier = byCreatorOnly ? tiers.get(i).stream()
                        .filter(item -> CreatorMatch.matches(creator, item.creators())).toList() : tiers.get(i);
                Grounding found = choose(tier, GroundingMethod.NORMALISED, confidence[i]);
                if (found != null) {
                    return found.ambiguous() || !exact.contains(found.item()) ? found
                            : new Grounding(found.item(), GroundingMethod.EXACT, 1.0);
                }
            }
        }
        return fuzzy(written, key, variants);
    }

    private List<Boolean> creatorPasses() {
        return creator == null || creator.isBlank() ? List.of(false) : List.of(true, false);
    }

    private static List<Item> items(List<TitleMatch> matches, Predicate<TitleMatch> wanted) {
        return matches.stream().filter(wanted).map(TitleMatch::item).toList();
    }

    /**
     * Among items that fit the title equally, the ones the year, the creator and the candidates point to; null
     * when there are none, or when the year written rules them all out (a remake the catalogue lacks).
     */
    private Grounding choose(List<Item> found, GroundingMethod method, double confidence) {
        List<Item> fit = found.stream().distinct().toList();
        if (fit.isEmpty()) {
            return null;
        }
        double sure = confidence;
        if (year != null) {
            List<Item> sameYear = fit.stream().filter(i -> i.year() == null || i.year().equals(year)).toList();
            List<Item> oneOff = fit.stream().filter(i -> i.year() != null && Math.abs(i.year() - year) == 1)
                    .toList();
            if (!sameYear.isEmpty()) {
                fit = sameYear;
            } else if (!oneOff.isEmpty()) {
                fit = oneOff;
                sure -= YEAR_OFF_BY_ONE_PENALTY;
            } else {
                ruledOutByYear.addAll(fit);
                return null;
            }
        }
        fit = narrowed(fit, i -> CreatorMatch.matches(creator, i.creators()));
        fit = narrowed(fit, i -> candidateIds.contains(i.id()));
        List<Item> ranked = fit.stream().sorted(byPopularity()).toList();
        if (ranked.size() == 1) {
            return new Grounding(ranked.get(0), method, sure);
        }
        return new Grounding(ranked.get(0), method, sure / ranked.size(), ranked);
    }

    private static List<Item> narrowed(List<Item> items, Predicate<Item> preferred) {
        List<Item> kept = items.stream().filter(preferred).toList();
        return kept.isEmpty() ? items : kept;
    }

    /**
     * Whether the words a variant left out of the written title are in the item's own title (with its series
     * note): "Catching Fire: The Second Book of the Hunger Games" is "Catching Fire (The Hunger Games, #2)", but
     * "Alien: Covenant" is not "Alien". More than half of the telling words must be there.
     */
    /**
     * What a variant left out of the written title.
     *
     * @param text    the words left out
     * @param leading whether they came before the words kept ("Star Trek II" of "Star Trek II: The Wrath of Khan")
     */
    private record Dropped(String text, boolean leading) {
        static final Dropped NOTHING = new Dropped("", false);

        static Dropped from(String written, String variant) {
            int at = written.indexOf(variant);
            return at < 0 ? new Dropped(written, false)
                    : new Dropped(written.substring(0, at) + " " + written.substring(at + variant.length()), at > 0);
        }

        boolean accountedForBy(Item item) {
            return text.isEmpty() || accountsFor(item, this);
        }
    }

    private static boolean accountsFor(Item item, Dropped left) {
        String dropped = left.text();
        // "Back to the Future Part IV" left out "Part IV": a sequel number the item lacks is not accounted for,
        // nor one from a product's details ("The Last of Us - PlayStation 3" is no "Part III"). A number in front
        // of a subtitle that names the film may be left out: "Star Trek II: The Wrath of Khan" is "Star Trek: The
        // Wrath of Khan".
        String named = PRODUCT_DETAILS.split(item.title(), 2)[0];
        if (!left.leading() && !numbers(TitleNormaliser.normalise(named.replace('(', ' ').replace(')', ' ')))
                .containsAll(numbers(TitleNormaliser.normalise(dropped)))) {
            return false;
        }
        Set<String> significant = words(dropped).stream()
                .filter(w -> w.length() >= 3 && !GENERIC_WORDS.contains(w) && !NUMBER.matcher(w).matches())
                .collect(Collectors.toSet());
        if (significant.isEmpty()) {
            return true;
        }
        Set<String> own = new LinkedHashSet<>(words(item.title().replace('(', ' ').replace(')', ' ')));
        long shared = significant.stream().filter(own::contains).count();
        return shared * 2 > significant.size();
    }

    private static List<String> words(String text) {
        String key = TitleNormaliser.normalise(text);
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    private Grounding fuzzy(String written, String key, Map<String, Dropped> variants) {
        Map<Item, Double> scores = new LinkedHashMap<>();
        Map<String, Dropped> attempts = new LinkedHashMap<>();
        attempts.put(key, Dropped.NOTHING);
        variants.forEach(attempts::putIfAbsent);
        attempts.forEach((attemptKey, dropped) -> {
            if (attemptKey.isEmpty()) {
                return;
            }
            for (Item item : lookup.similar(datasetId, attemptKey, FUZZY_POOL)) {
                if (dropped.accountedForBy(item)) {
                    scores.merge(item, score(attemptKey, item), Math::max);
                }
            }
        });
        List<Item> closest = new ArrayList<>(ruledOutByYear);
        scores.entrySet().stream()
                .sorted(Map.Entry.<Item, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(preferred())))
                .map(Map.Entry::getKey)
                .filter(i -> !closest.contains(i))
                .forEach(closest::add);
        for (Item item : closest) {
            double score = scores.getOrDefault(item, 0.0);
            if (score < FUZZY_THRESHOLD) {
                break;
            }
            if (sameNumbers(key, item) && yearFits(item)) {
                return new Grounding(item, GroundingMethod.FUZZY, Math.min(score, FUZZY_CAP));
            }
        }
        return new Grounding(null, GroundingMethod.NONE, 0, closest.subList(0, Math.min(SUGGESTIONS,
                closest.size())));
    }

    /** "Die Hard 4" is neither "Die Hard 2" nor "Die Hard", however alike the letters. */
    private static boolean sameNumbers(String key, Item item) {
        Set<String> written = numbers(key);
        return written.isEmpty() || written.equals(numbers(TitleNormaliser.normalise(item.title())));
    }

    private boolean yearFits(Item item) {
        return year == null || item.year() == null || Math.abs(item.year() - year) <= 1;
    }

    private static Set<String> numbers(String key) {
        return NUMBER.matcher(key).results().map(r -> r.group()).collect(Collectors.toSet());
    }

    /** Models often drop a subtitle, so the catalogue title is also compared without it. */
    private double score(String key, Item item) {
        double full = TitleSimilarity.of(key, TitleNormaliser.normalise(item.title()));
        double main = TitleSimilarity.of(key, TitleNormaliser.normalise(TitleVariants.beforeSubtitle(item.title())));
        return Math.max(full, main) + (CreatorMatch.matches(creator, item.creators()) ? CREATOR_BONUS : 0);
    }

    private static Comparator<Item> byPopularity() {
        return Comparator.comparingLong(Item::popularity).reversed().thenComparing(Item::id);
    }

    private Comparator<Item> preferred() {
        return Comparator.comparing((Item i) -> !CreatorMatch.matches(creator, i.creators()))
                .thenComparing(i -> !candidateIds.contains(i.id()))
                .thenComparing(byPopularity());
    }

}
