package org.llm4rec.explorer.app.experiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.candidates.UserHistory;
import org.llm4rec.explorer.domain.experiment.CatalogueIds;
import org.llm4rec.explorer.domain.experiment.PopularityTable;

/**
 * A dataset read once for experiments: every history, the catalogue in memory and item popularity. Reading a
 * million interactions takes seconds, so the runner keeps the latest snapshot for the next run of the same
 * dataset version.
 */
record DatasetSnapshot(Dataset dataset, List<UserHistory> histories, CatalogueIds ids, Map<String, Item> items,
                       ExperimentCatalogue catalogue, Interactions interactions, PopularityTable popularity) {

    static DatasetSnapshot read(Dataset dataset, CatalogueRepository store, Interactions interactions) {
        String datasetId = dataset.id();
        List<UserHistory> histories = List.copyOf(interactions.histories(datasetId));
        List<String> ids = store.itemIds(datasetId);
        Map<String, Item> items = new HashMap<>();
        store.items(datasetId, ids).forEach(i -> items.put(i.id(), i));
        Map<String, Long> counts = new HashMap<>();
        // The catalogue's popularity counts interactions; a user rates an item once in the datasets we import.
        items.values().forEach(i -> counts.put(i.id(), i.popularity()));
        Interactions cached = id -> id.equals(datasetId) ? histories : interactions.histories(id);
        return new DatasetSnapshot(dataset, histories, new CatalogueIds(ids), items,
                new ExperimentCatalogue(store, datasetId, ids, items), cached,
                new PopularityTable(counts, histories.size()));
    }

    boolean isOf(Dataset other) {
        return dataset.id().equals(other.id()) && java.util.Objects.equals(dataset.version(), other.version());
    }
}
