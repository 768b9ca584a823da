package org.llm4rec.explorer.domain.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleKeysTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Abyss, The                        | The Abyss
            Time to Kill, A                   | Time to Kill
            Femme Nikita, La                  | La Femme Nikita
            Uomo delle stelle, L'             | L'Uomo delle stelle
            Blechtrommel, Die                 | Die Blechtrommel
            Godfather: Part II, The           | The Godfather Part 2
            Star Trek IV: The Voyage Home     | Star Trek 4: The Voyage Home
            Wallace & Gromit                  | Wallace and Gromit
            Double vie de Véronique, La       | La Double Vie de Veronique
            Alien³                            | Alien 3
            """)
    void writesAlikeTheWaysModelsAndCataloguesWriteATitle(String catalogue, String written) {
        assertThat(TitleNormaliser.normalise(written)).isEqualTo(TitleNormaliser.normalise(catalogue));
    }

    @Test
    void keepsTheFirstWordOfEnglishTitlesThatLookLikeForeignArticles() {
        assertThat(TitleNormaliser.normalise("Die Hard")).isEqualTo("die hard");
        assertThat(TitleNormaliser.normalise("I Shot Andy Warhol")).isEqualTo("i shot andy warhol");
    }

    @Test
    void otherTitlesAreWholeTitlesAndWhatParenthesesHoldIsAPart() {
        assertThat(TitleKeys.of("Nikita (La Femme Nikita)", List.of()))
                .containsEntry("nikita", TitleKeys.WHOLE).containsEntry("la femme nikita", TitleKeys.SHORTENED);
        assertThat(TitleKeys.of("Seven (Se7en)", List.of()))
                .containsEntry(TitleNormaliser.normalise("Se7en"), TitleKeys.SHORTENED);
        assertThat(TitleKeys.of("Harry Potter and the Sorcerer's Stone (Harry Potter, #1)",
                List.of("Harry Potter and the Philosopher's Stone")))
                .containsEntry("harry potter and the philosophers stone", TitleKeys.WHOLE)
                .doesNotContainKey("harry potter");
        assertThat(TitleKeys.of("Psycho (1960)", List.of())).containsOnlyKeys("psycho");
    }

    @Test
    void shortenedFormsNeedTwoWords() {
        assertThat(TitleKeys.of("Star Trek IV: The Voyage Home", List.of()))
                .containsEntry("star trek 4", TitleKeys.SHORTENED).containsEntry("voyage home", TitleKeys.SHORTENED);
        assertThat(TitleKeys.of("Star Wars: Episode V - The Empire Strikes Back", List.of()))
                .containsEntry("empire strikes back", TitleKeys.SHORTENED);
        assertThat(TitleKeys.of("CeraVe Moisturizing Cream, Body and Face Moisturizer, 19 Ounce", List.of()))
                .containsEntry("cerave moisturizing cream", TitleKeys.SHORTENED);
        assertThat(TitleKeys.of("Alien: Resurrection", List.of())).doesNotContainKey("alien");
    }
}
