package org.llm4rec.explorer.domain.grounding;

import org.llm4rec.explorer.domain.Item;

/**
 * A catalogue item found by one of its title keys.
 *
 * @param item the item
 * @param key  the {@link TitleNormaliser} key it was found by
 * @param tier {@link TitleKeys#WHOLE} or {@link TitleKeys#SHORTENED}
 */
public record TitleMatch(Item item, String key, int tier) {
}
