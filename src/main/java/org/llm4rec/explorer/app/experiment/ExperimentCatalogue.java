package org.llm4rec.explorer.app.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.TitleMatch;

/**
 * One dataset's catalogue held in memory for the length of an experiment: grounding looks up every listed title,
 * and answering those from maps instead of the store is most of what lets thousands of users a second through.
 * Lookups by the case-folded title follow the store's rules (most popular first, then id); title keys, the fuzzy
 * full-text search and everything else go to the store.
 */
final class ExperimentCatalogue implements CatalogueRepository {
    private static final Comparator<Item> STORE_ORDER = Comparator.comparingLong(Item::popularity).reversed()
            .thenComparing(Item::id);

    private final CatalogueRepository store;
    private final String datasetId;
    private final List<String> ids;
    private final Map<String, Item> byId;
    private final Map<String, List<Item>> byFoldedTitle = new HashMap<>();

    ExperimentCatalogue(CatalogueRepository store, String datasetId, List<String> ids, Map<String, Item> byId) {
        this.store = store;
        this.datasetId = datasetId;
        this.ids = List.copyOf(ids);
        this.byId = byId;
        for (Item item : byId.values()) {
            byFoldedTitle.computeIfAbsent(fold(item.title()), k -> new ArrayList<>()).add(item);
        }
        byFoldedTitle.values().forEach(list -> list.sort(STORE_ORDER));
    }

    @Override
    public List<Item> byTitle(String dataset, String title) {
        return mine(dataset) ? byFoldedTitle.getOrDefault(fold(title), List.of()) : store.byTitle(dataset, title);
    }

    /** {@inheritDoc} From the store's index: a catalogue has several keys per item, in a table of their own. */
    @Override
    public List<TitleMatch> byTitleKeys(String dataset, Collection<String> keys) {
        return store.byTitleKeys(dataset, keys);
    }

    @Override
    public List<Item> similar(String dataset, String text, int limit) {
        return store.similar(dataset, text, limit);
    }

    @Override
    public List<String> itemIds(String dataset) {
        return mine(dataset) ? ids : store.itemIds(dataset);
    }

    @Override
    public List<Item> items(String dataset, List<String> itemIds) {
        if (!mine(dataset)) {
            return store.items(dataset, itemIds);
        }
        List<Item> items = new ArrayList<>(itemIds.size());
        for (String id : itemIds) {
            Item item = byId.get(id);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    @Override
    public Optional<Item> item(String dataset, String itemId) {
        return mine(dataset) ? Optional.ofNullable(byId.get(itemId)) : store.item(dataset, itemId);
    }

    @Override
    public List<Item> mostPopular(String dataset, int limit) {
        return store.mostPopular(dataset, limit);
    }

    @Override
    public List<Dataset> datasets() {
        return store.datasets();
    }

    @Override
    public Optional<Dataset> dataset(String dataset) {
        return store.dataset(dataset);
    }

    @Override
    public void saveDataset(Dataset dataset, List<Item> items) {
        throw new UnsupportedOperationException("An experiment only reads the catalogue.");
    }

    @Override
    public void saveDataset(Dataset dataset, List<Item> items, Map<String, List<String>> otherTitles) {
        saveDataset(dataset, items);
    }

    @Override
    public List<Item> search(String dataset, String query, int limit) {
        return store.search(dataset, query, limit);
    }

    private boolean mine(String dataset) {
        return datasetId.equals(dataset);
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
