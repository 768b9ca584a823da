package org.llm4rec.explorer.app.port;

import java.util.List;

/**
 * Who interacted with an item.
 *
 * @param interactions how many interactions it has
 * @param meanRating   the mean of its ratings, or null when none is rated
 * @param recent       its latest interactions, newest first
 * @param details      its fields beyond the catalogue columns, a JSON object ("{}" when none)
 */
public record ItemActivity(long interactions, Double meanRating, List<Interaction> recent, String details) {
}
