package org.llm4rec.explorer.app.port;

import java.util.List;
import org.llm4rec.explorer.domain.users.DatasetUser;
import org.llm4rec.explorer.domain.users.TimelineEntry;

/** The users of an imported dataset and their interactions, to start a profile from. */
public interface DatasetUsers {

    /** How many users the dataset has (0 for a catalogue without interactions). */
    int count(String datasetId);

    /**
     * Users whose id starts with the query (all users when it is blank), most interactions first.
     *
     * @param limit at most this many
     */
    List<DatasetUser> search(String datasetId, String query, int limit);

    /**
     * A user's interactions, oldest first (in stored order when the dataset has no times).
     *
     * @throws IllegalArgumentException when an interaction names an item that is not in the catalogue
     */
    List<TimelineEntry> history(String datasetId, String userId);
}
