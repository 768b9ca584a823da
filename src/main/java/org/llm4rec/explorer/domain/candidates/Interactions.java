package org.llm4rec.explorer.domain.candidates;

import java.util.List;
import java.util.Map;

/**
 * Other users' histories, which co-occurrence kNN, NIR user filtering and few-shot demonstrations from other
 * users are built from. A dataset imported without interactions has none, and says so with an empty list.
 */
public interface Interactions {

    /** Every user's history in the dataset, oldest interaction first; empty when the dataset has none. */
    List<UserHistory> histories(String datasetId);

    /**
     * One user's ratings by item id (the latest when an item was rated twice); items without a rating are absent,
     * and so is everything for a dataset of implicit feedback.
     */
    default Map<String, Double> ratings(String datasetId, String userId) {
        return Map.of();
    }

    /** No interactions at all, for datasets that are only a catalogue. */
    Interactions NONE = datasetId -> List.of();
}
