package org.llm4rec.explorer.domain.grounding;

import java.util.List;
import org.llm4rec.explorer.domain.Item;

/** What grounding needs from a catalogue. The store implements it over SQLite. */
public interface ItemLookup {

    /** Items whose title equals the given one, ignoring case. */
    List<Item> byTitle(String datasetId, String title);

    /** Items whose normalised title ({@link TitleNormaliser#normalise}) equals the given key. */
    List<Item> byNormalisedTitle(String datasetId, String normalisedTitle);

    /** Up to {@code limit} items whose titles resemble the text, best first (full-text search). */
    List<Item> similar(String datasetId, String text, int limit);
}
