package org.llm4rec.explorer.app;

import org.llm4rec.explorer.app.port.EmbeddingCache;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.ProfileEntry;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.candidates.CatalogueItems;
import org.llm4rec.explorer.domain.embedding.CosineRanking;
import org.llm4rec.explorer.domain.embedding.Vectors;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.grounding.SeenItems;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.app.port.Embedder;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.EmbeddingStrategy;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;

/**
 * Runs an {@link EmbeddingStrategy}: writes the user and the items as texts, takes their vectors from the cache
 * or embeds the missing ones in batches (reporting progress, cancellable between and during batches), and ranks
 * by cosine similarity. Each batch is cached as soon as it arrives, so a cancelled run still saves its work.
 */
public final class EmbeddingRanker {
    /** Texts per /api/embed request: big enough to amortise the round trip, small enough to report progress. */
    public static final int BATCH = 32;
    /** Progress is reported about every tenth of the texts, so a catalogue run shows ten lines, not sixty. */
    static final int PROGRESS_STEPS = 10;

    private final Embedder embedder;
    private final EmbeddingCache cache;
    private final CatalogueItems catalogue;
    private final Clock clock;

    public EmbeddingRanker(Embedder embedder, EmbeddingCache cache, CatalogueItems catalogue, Clock clock) {
        this.embedder = embedder;
        this.cache = cache;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * What a ranking produced, for the run record.
     *
     * @param list     the ranked items, each grounded to its catalogue item
     * @param answer   the ranking as text, one line per item with its score
     * @param metrics  the time taken
     * @param note     how many texts were embedded and how many came from the cache
     */
    public record Outcome(List<Recommendation> list, String answer, LlmMetrics metrics, String note) {
    }

    public Outcome rank(PreparedRun prepared, EmbeddingStrategy strategy, LlmListener listener,
                        Cancellation cancellation) throws LlmException {
        RecommendationRequest request = prepared.request();
        Instant started = clock.instant();
        ModelInfo model = request.model();
        PromptTemplate template = request.template();
        Profile profile = request.profile();
        List<Item> history = strategy.userVector() == EmbeddingStrategy.UserVector.LIKED_MEAN
                ? EmbeddingStrategy.likedItems(profile)
                : profile.promptHistory().stream().map(ProfileEntry::item).toList();
        if (history.isEmpty()) {
            throw new LlmException(LlmFailure.BAD_REQUEST, "Every visible item of \"" + profile.name()
                    + "\" is disliked: like or rate at least one item so there is something to be similar to.",
                    "", null);
        }
        List<Item> items = strategy.ranksWholeCatalogue()
                ? unseen(request.dataset().id(), profile) : prepared.input().candidates();

        // Each distinct text once: the same book may be both liked and a candidate.
        Set<String> texts = new LinkedHashSet<>();
        history.forEach(item -> texts.add(strategy.itemText(item, template)));
        items.forEach(item -> texts.add(strategy.itemText(item, template)));
        String profileText = strategy.userVector() == EmbeddingStrategy.UserVector.PROFILE_TEXT
                ? strategy.profileText(prepared.input(), template) : null;
        if (profileText != null) {
            texts.add(profileText);
        }
        Found found = vectors(model, new ArrayList<>(texts), listener, cancellation);

        float[] user = profileText != null ? found.of(profileText)
                : Vectors.meanOfUnits(history.stream().map(i -> found.of(strategy.itemText(i, template))).toList());
        List<CosineRanking.Scored> ranked = CosineRanking.rank(user, embedded(items, strategy, template, found),
                embedded(history, strategy, template, found), request.count());
        long ms = clock.instant().toEpochMilli() - started.toEpochMilli();
        String note = String.format(Locale.ROOT, "Ranked %d %s by cosine similarity with %s: %d text(s) embedded,"
                        + " %d from the cache, in %.2f s.", items.size(),
                strategy.ranksWholeCatalogue() ? "catalogue items" : "candidates", model.name(), found.embedded,
                found.fromCache, ms / 1000.0);
        return new Outcome(recommendations(ranked, profile, strategy), answer(ranked),
                new LlmMetrics(null, ms, null, null, null, null), note);
    }

    /** Unseen catalogue items, the most popular first, at most the cap. */
    private List<Item> unseen(String datasetId, Profile profile) {
        Set<String> seen = profile.visibleHistory().stream().map(e -> e.item().id()).collect(Collectors.toSet());
        return catalogue.mostPopular(datasetId, EmbeddingStrategy.CATALOGUE_CAP + seen.size()).stream()
                .filter(item -> !seen.contains(item.id())).limit(EmbeddingStrategy.CATALOGUE_CAP).toList();
    }

    private Found vectors(ModelInfo model, List<String> texts, LlmListener listener, Cancellation cancellation)
            throws LlmException {
        String key = modelKey(model);
        Map<String, String> hashes = new LinkedHashMap<>();
        texts.forEach(t -> hashes.put(t, RecommendationService.sha256(t)));
        Map<String, float[]> cached = cache.find(key, hashes.values());
        Found out = new Found(hashes, cached);
        List<String> missing = texts.stream().filter(t -> !cached.containsKey(hashes.get(t))).toList();
        listener.onText(String.format(Locale.ROOT, "%d text(s) to compare, %d already embedded by %s.%n",
                texts.size(), texts.size() - missing.size(), model.name()));
        for (int from = 0; from < missing.size(); from += BATCH) {
            if (cancellation.isCancelled()) {
                throw new LlmException(LlmFailure.CANCELLED, "Embedding was cancelled after " + from + " of "
                        + missing.size() + " texts; those are kept in the cache for the next run.", "", null);
            }
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> vectors = embedder.embed(model.name(), batch, cancellation);
            if (vectors.size() != batch.size()) {
                throw new LlmException(LlmFailure.SERVER_ERROR, model.name() + " returned " + vectors.size()
                        + " vectors for " + batch.size() + " texts.", "", null);
            }
            Map<String, float[]> byHash = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                byHash.put(hashes.get(batch.get(i)), vectors.get(i));
            }
            cache.put(key, model.name(), byHash);
            out.add(byHash);
            int done = from + batch.size();
            if (done * PROGRESS_STEPS / missing.size() > from * PROGRESS_STEPS / missing.size()) {
                listener.onText(String.format(Locale.ROOT, "Embedded %d of %d…%n", done, missing.size()));
            }
        }
        return out;
    }

    /** The digest names the exact weights; a server that lists none falls back to the model's name. */
    static String modelKey(ModelInfo model) {
        return model.digest() == null || model.digest().isBlank() ? "name:" + model.name() : model.digest();
    }

    private static List<CosineRanking.Embedded> embedded(List<Item> items, EmbeddingStrategy strategy,
                                                         PromptTemplate template, Found found) {
        return items.stream().map(i -> new CosineRanking.Embedded(i, found.of(strategy.itemText(i, template))))
                .toList();
    }

    private static List<Recommendation> recommendations(List<CosineRanking.Scored> ranked, Profile profile,
                                                        EmbeddingStrategy strategy) {
        SeenItems seen = new SeenItems(profile);
        Set<String> targets = profile.targets().stream().map(Item::id).collect(Collectors.toSet());
        String role = strategy.userVector() == EmbeddingStrategy.UserVector.LIKED_MEAN ? "liked item"
                : "history item";
        List<Recommendation> out = new ArrayList<>();
        for (CosineRanking.Scored s : ranked) {
            Set<Flag> flags = seen.flag(s.item().id()).map(Set::of).orElse(Set.of());
            out.add(new Recommendation(out.size() + 1, s.item().title(), s.item().creators(), s.explanation(role),
                    new Grounding(s.item(), GroundingMethod.EXACT, 1.0), flags, targets.contains(s.item().id())));
        }
        return out;
    }

    private static String answer(List<CosineRanking.Scored> ranked) {
        StringBuilder text = new StringBuilder();
        int rank = 1;
        for (CosineRanking.Scored s : ranked) {
            text.append(rank++).append(". ").append(s.item().label()).append(" — ").append(s.explanation("item"))
                    .append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** The vectors of a run's texts, from the cache or just embedded, with the two counted. */
    private static final class Found {
        private final Map<String, String> hashes;
        private final Map<String, float[]> byHash = new LinkedHashMap<>();
        private final int fromCache;
        private int embedded;

        Found(Map<String, String> hashes, Map<String, float[]> cached) {
            this.hashes = hashes;
            this.byHash.putAll(cached);
            this.fromCache = cached.size();
        }

        void add(Map<String, float[]> fresh) {
            byHash.putAll(fresh);
            embedded += fresh.size();
        }

        float[] of(String text) {
            return byHash.get(hashes.get(text));
        }
    }
}
