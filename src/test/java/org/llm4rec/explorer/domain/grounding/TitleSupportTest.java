package org.llm4rec.explorer.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSupportTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Hunger Games (The Hunger Games, #1)  | hunger games
            Angels & Demons  (Robert Langdon, #1)    | angels and demons
            Harry Potter and the Sorcerer’s Stone    | harry potter and the sorcerers stone
            A Game of Thrones                        | game of thrones
            Les Misérables                           | les miserables
            Sapiens: A Brief History of Humankind    | sapiens a brief history of humankind
            Dune [1965]                              | dune
            """)
    void normaliserKeepsTheWordsThatIdentifyATitle(String title, String key) {
        assertThat(TitleNormaliser.normalise(title)).isEqualTo(key);
    }

    @Test
    void normaliserTreatsNullAsEmpty() {
        assertThat(TitleNormaliser.normalise(null)).isEmpty();
    }

    @Test
    void similarityIsOneMinusEditsOverTheLongerLength() {
        assertThat(TitleSimilarity.of("dune", "dune")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("", "")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("catcher in the rye", "catcher in the rey"))
                .isCloseTo(1 - 1.0 / 18, within(1e-9));
        assertThat(TitleSimilarity.of("kitten", "sitting")).isCloseTo(1 - 3.0 / 7, within(1e-9));
        assertThat(TitleSimilarity.of("abc", "")).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            J.K. Rowling       | J.K. Rowling, Mary GrandPré | true
            J. K. Rowling      | J.K. Rowling                | true
            Rowling            | J.K. Rowling, Mary GrandPré | true
            Mary Grandpre      | J.K. Rowling, Mary GrandPré | true
            George R. R. Martin| George R.R. Martin          | true
            Martin Luther King Jr. | Martin Luther King       | true
            Tolkien            | J.R.R. Tolkien              | true
            Stephen King       | Stephenie Meyer             | false
            Christopher Tolkien| J.R.R. Tolkien              | false
            ''                 | J.R.R. Tolkien              | false
            """)
    void creatorMatchAllowsTheUsualWaysOfWritingANameButNotADifferentPerson(String written, String creators,
                                                                            boolean same) {
        assertThat(CreatorMatch.matches(written, creators)).isEqualTo(same);
    }

    @Test
    void variantsDropSeriesNotesAndSplitAtTheSubtitle() {
        assertThat(TitleVariants.of("The Hunger Games, Book 1")).containsExactly("The Hunger Games");
        assertThat(TitleVariants.of("Mistborn: The Final Empire")).containsExactly("Mistborn", "The Final Empire");
        assertThat(TitleVariants.of("Dune")).isEmpty();
    }
}
