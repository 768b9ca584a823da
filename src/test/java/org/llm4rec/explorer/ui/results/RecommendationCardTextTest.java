package org.llm4rec.explorer.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.grounding.Flag;
import org.llm4rec.explorer.domain.grounding.Grounding;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.grounding.Recommendation;

class RecommendationCardTextTest {
    private static final Item CAPE_FEAR_1991 = new Item("218", "Cape Fear", "", 1991, "Thriller", 0);
    private static final Item CAPE_FEAR_1962 = new Item("673", "Cape Fear", "", 1962, "Thriller", 0);

    @Test
    void aTitleNotInTheCatalogueOffersTheClosestItems() {
        Recommendation r = new Recommendation(1, "Cape Fear", "", "", new Grounding(null, GroundingMethod.NONE, 0,
                List.of(CAPE_FEAR_1991, CAPE_FEAR_1962)), Set.of(Flag.NOT_IN_CATALOGUE), false);

        assertThat(RecommendationCard.catalogueLine(r))
                .isEqualTo("Closest in the catalogue: Cape Fear (1991); Cape Fear (1962)");
    }

    @Test
    void aSharedTitleNamesEveryItemItCouldMean() {
        Recommendation r = new Recommendation(1, "Cape Fear", "", "", new Grounding(CAPE_FEAR_1991,
                GroundingMethod.EXACT, 0.5, List.of(CAPE_FEAR_1991, CAPE_FEAR_1962)), Set.of(), false);

        assertThat(RecommendationCard.catalogueLine(r)).isEqualTo("Could be: Cape Fear (1991); Cape Fear (1962)");
    }
}
