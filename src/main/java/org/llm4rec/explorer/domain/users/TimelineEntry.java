package org.llm4rec.explorer.domain.users;

import java.time.Instant;
import java.util.Objects;
import org.llm4rec.explorer.domain.Item;

/**
 * One interaction of a dataset user, for their history timeline.
 *
 * @param item   the catalogue item
 * @param rating the rating on the dataset's scale, null for implicit feedback
 * @param time   when it happened, null when the dataset has no times
 */
public record TimelineEntry(Item item, Double rating, Instant time) {
    public TimelineEntry {
        Objects.requireNonNull(item, "item");
    }
}
