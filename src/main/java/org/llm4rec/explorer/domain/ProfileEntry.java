package org.llm4rec.explorer.domain;

/**
 * One item in a profile's history.
 *
 * @param item    the catalogue item
 * @param rating  the user's rating on the dataset's scale, or null when unrated
 * @param heldOut true when the item is a hidden target for scoring and must never reach a prompt
 */
public record ProfileEntry(Item item, Double rating, boolean heldOut) {
}
