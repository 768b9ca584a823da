package org.llm4rec.explorer.dataset.imports;

/**
 * One row read through a column mapping.
 *
 * @param rating    NaN when no rating is mapped
 * @param timestamp seconds since 1970, or {@link Long#MIN_VALUE} when none is mapped
 * @param title     the item's title, or "" when not mapped
 * @param year      null when not known
 */
public record MappedRow(String user, String item, double rating, long timestamp, String title, String creator,
                        String categories, Integer year) {
}
