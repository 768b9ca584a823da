package org.llm4rec.explorer.app.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.candidates.CatalogueItems;
import org.llm4rec.explorer.domain.grounding.ItemLookup;

/** Datasets and their catalogues; candidate generators read them through {@link CatalogueItems}. */
public interface CatalogueRepository extends ItemLookup, CatalogueItems {

    List<Dataset> datasets();

    Optional<Dataset> dataset(String datasetId);

    /** Stores the dataset with exactly these items, replacing any earlier catalogue of the same id, atomically. */
    void saveDataset(Dataset dataset, List<Item> items);

    /** As {@link #saveDataset(Dataset, List)}, with other titles of items (by item id) that find them too. */
    void saveDataset(Dataset dataset, List<Item> items, Map<String, List<String>> otherTitles);

    Optional<Item> item(String datasetId, String itemId);

    /** Items matching the query as you type (title, creators, categories), best first. */
    List<Item> search(String datasetId, String query, int limit);
}
