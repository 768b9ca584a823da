package org.llm4rec.explorer.domain;

import java.util.Objects;

/**
 * One catalogue item of a dataset.
 *
 * @param id         the dataset's own id for the item (kept as text: datasets use numbers, ASINs, ...)
 * @param title      display title as the dataset gives it
 * @param creators   authors, directors or brand; empty when unknown
 * @param year       original publication or release year, or null
 * @param categories free-text categories or genres, comma separated; empty when unknown
 * @param popularity how many interactions or ratings the dataset records for it (0 when unknown)
 */
public record Item(String id, String title, String creators, Integer year, String categories, long popularity) {
    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        creators = creators == null ? "" : creators;
        categories = categories == null ? "" : categories;
    }

    /** Title followed by its creators, the way prompts and lists name an item. */
    public String label() {
        return creators.isBlank() ? title : title + " by " + creators;
    }
}
