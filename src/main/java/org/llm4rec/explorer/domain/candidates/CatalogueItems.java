package org.llm4rec.explorer.domain.candidates;

import java.util.List;
import org.llm4rec.explorer.domain.Item;

/** What candidate generators read from a catalogue. The store implements it over SQLite. */
public interface CatalogueItems {

    /** The most popular items first (ties by id), at most {@code limit}. */
    List<Item> mostPopular(String datasetId, int limit);

    /** Every item id of the dataset, in a stable order (so that seeded draws repeat). */
    List<String> itemIds(String datasetId);

    /** The items with these ids, in the order given; ids not in the catalogue are skipped. */
    List<Item> items(String datasetId, List<String> itemIds);
}
