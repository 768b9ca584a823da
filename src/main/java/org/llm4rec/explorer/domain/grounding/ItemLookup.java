package org.llm4rec.explorer.domain.grounding;

import java.util.Collection;
import java.util.List;
import org.llm4rec.explorer.domain.Item;

/** What grounding needs from a catalogue. The store implements it over SQLite. */
public interface ItemLookup {

    /** Items whose title equals the given one, ignoring case. */
    List<Item> byTitle(String datasetId, String title);

    /** The items that have any of the keys among their {@link TitleKeys}, with the key and its tier. */
    List<TitleMatch> byTitleKeys(String datasetId, Collection<String> keys);

    /** Up to {@code limit} items whose titles resemble the text, best first (full-text search). */
    List<Item> similar(String datasetId, String text, int limit);
}
