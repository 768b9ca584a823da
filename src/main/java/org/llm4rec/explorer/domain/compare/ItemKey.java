package org.llm4rec.explorer.domain.compare;

import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.grounding.TitleNormaliser;

/**
 * What makes two recommendations "the same item" across lists: the catalogue item id when the title was grounded,
 * else the normalised title, so that "The Hobbit" and "Hobbit, The" in two ungrounded lists still meet.
 *
 * @param value "item:" + catalogue id, or "title:" + normalised title
 */
public record ItemKey(String value) {

    public static ItemKey of(Recommendation recommendation) {
        return recommendation.grounding().grounded()
                ? new ItemKey("item:" + recommendation.grounding().item().id())
                : new ItemKey("title:" + TitleNormaliser.normalise(recommendation.title()));
    }
}
