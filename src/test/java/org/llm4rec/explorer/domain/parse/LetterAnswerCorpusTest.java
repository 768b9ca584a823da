package org.llm4rec.explorer.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llm4rec.explorer.domain.Item;

/** LlamaRec letter answers, recorded in src/test/resources/letter-corpus in the parse corpus' file layout. */
class LetterAnswerCorpusTest {

    static List<CorpusCase> corpus() throws IOException, URISyntaxException {
        return CorpusCase.all("/letter-corpus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsRecordedLetterAnswer(CorpusCase recorded) {
        ParseResult result = LetterAnswer.parse(recorded.answer());

        assertThat(result.status()).as("status").isEqualTo(recorded.status());
        assertThat(result.items()).as("items").containsExactlyElementsOf(recorded.items());
        assertThat(result.message()).as("message").contains(recorded.message());
    }

    @Test
    void labelsCandidatesFromAAndMapsLettersBack() {
        List<Item> candidates = List.of(new Item("1", "Dune", "Frank Herbert", 1965, "", 1),
                new Item("2", "Emma", "", null, "", 1));

        assertThat(LetterAnswer.labelled(candidates)).isEqualTo("(A) Dune by Frank Herbert\n(B) Emma");
        assertThat(LetterAnswer.index("B")).isEqualTo(1);
        assertThat(LetterAnswer.index("AB")).isEqualTo(-1);
        assertThatThrownBy(() -> LetterAnswer.letter(26)).hasMessageContaining("at most 26 candidates");
    }

    @Test
    void corpusCoversSingleLettersListsAndFailures() throws Exception {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(15).extracting(CorpusCase::status)
                .contains(ParseStatus.LIST, ParseStatus.FAILED);
    }
}
