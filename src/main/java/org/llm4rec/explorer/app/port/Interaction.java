package org.llm4rec.explorer.app.port;

import java.time.Instant;
import org.llm4rec.explorer.domain.Item;

/**
 * One rating, review or shelf entry of a dataset.
 *
 * @param userId   the dataset's user id
 * @param item     the item
 * @param rating   the rating, or null when the interaction has none
 * @param time     when, or null when the dataset does not say
 * @param position its order in the dataset's files
 */
public record Interaction(String userId, Item item, Double rating, Instant time, long position) {
}
