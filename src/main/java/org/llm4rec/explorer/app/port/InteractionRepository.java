package org.llm4rec.explorer.app.port;

import java.util.List;
import org.llm4rec.explorer.dataset.imports.ItemTallies;
import org.llm4rec.explorer.domain.Item;

/** The users and interactions of imported datasets. */
public interface InteractionRepository {

    /** Users whose id contains the query (all when blank), in id order (numeric ids by value), at most limit. */
    List<DatasetUser> users(String datasetId, String query, int limit);

    /** A user's interactions, oldest first, ties and undated rows in the dataset's order. */
    List<Interaction> history(String datasetId, String userId);

    DatasetCounts counts(String datasetId);

    DatasetOverview overview(String datasetId);

    /** The items with the most interactions (by the catalogue's popularity), most first. */
    List<Item> popularItems(String datasetId, int limit);

    /** @param limit how many of the latest interactions to list, at most {@link ItemTallies#LATEST} */
    ItemActivity itemActivity(String datasetId, String itemId, int limit);
}
