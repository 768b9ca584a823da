package org.llm4rec.explorer.domain;

/**
 * A dataset held in the store.
 *
 * @param id        stable id (for example {@code goodbooks-10k-sample})
 * @param name      display name
 * @param itemKind  what an item is, singular, as prompts say it ("book", "movie", "product")
 * @param version   content hash or version string of the source files
 * @param itemCount number of items in its catalogue
 */
public record Dataset(String id, String name, String itemKind, String version, int itemCount) {
}
