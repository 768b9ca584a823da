package org.llm4rec.explorer.dataset.imports;

import org.llm4rec.explorer.domain.Item;

/**
 * Where an import writes, row by row. Keys are dense indexes from 0 given by the import, in the order items and
 * users were first seen, so that the receiver can map them to its own keys by adding an offset.
 */
public interface DatasetSink {

    /** @param details the item's other fields as a JSON object (description, URL, ...), or null */
    void item(int key, Item item, String details);

    /** @param attributes the user's fields as a JSON object ("{}" when the dataset has none) */
    void user(int key, String userId, String attributes);

    /**
     * @param rating    the rating, or NaN when the interaction has none (a "to read" shelf entry)
     * @param timestamp seconds since 1970, or {@link Long#MIN_VALUE} when unknown
     * @param position  the interaction's order in the dataset's files, from 0
     * @param review    the review text, or null
     */
    void interaction(int userKey, int itemKey, double rating, long timestamp, long position, String review);

    /**
     * Takes back an interaction sent before, named by its user and position: a duplicate that a later one of the
     * same pair replaces. It may come before the receiver has stored that interaction.
     */
    void withdraw(int userKey, long position);

    /** After the last row: what the import learnt about each item (count, ratings, latest interactions). */
    void finish(ItemTallies tallies);
}
