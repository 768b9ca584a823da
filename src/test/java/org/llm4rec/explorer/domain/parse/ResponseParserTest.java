package org.llm4rec.explorer.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Edge cases that a corpus of recorded answers does not reach. */
class ResponseParserTest {
    private final ResponseParser parser = new ResponseParser();

    @Test
    void aMissingAnswerIsAnEmptyOne() {
        ParseResult result = parser.parse(null);

        assertThat(result.status()).isEqualTo(ParseStatus.FAILED);
        assertThat(result.message()).isEqualTo("The answer was empty.");
        assertThat(result.items()).isEmpty();
    }

    @Test
    void anAnswerOfOnlyThinkingSaysSo() {
        assertThat(parser.parse("<think>Maybe Dune? Or Foundation.</think>\n  ").message())
                .isEqualTo("The answer was empty apart from the model's thinking.");
        assertThat(parser.parse("<think>1. Dune - still deciding when the limit hit").status())
                .isEqualTo(ParseStatus.FAILED);
    }

    @Test
    void entriesWithoutATitleAreSkippedAndRanksStayContiguous() {
        ParseResult result = parser.parse("""
                {"recommendations": [{"title": "Dune", "author": "Frank Herbert", "explanation": "a"},
                {"title": "", "author": "Nobody", "explanation": "b"}, {"author": "Nobody"},
                {"title": "Emma", "author": "Jane Austen", "explanation": "c"}]}""");

        assertThat(result.items()).containsExactly(
                new ParsedItem(1, "Dune", "Frank Herbert", "a"),
                new ParsedItem(2, "Emma", "Jane Austen", "c"));
    }

    @Test
    void aTitleThatAlreadyNamesItsAuthorIsSplitWhenNoAuthorFieldIsGiven() {
        assertThat(parser.parse("[{\"title\": \"Dune by Frank Herbert (1965)\", \"reason\": \"epic\"}]").items())
                .containsExactly(new ParsedItem(1, "Dune", "Frank Herbert", "epic", 1965));
    }

    @Test
    void longNoiseIsRejectedWithoutRunningAway() {
        // A guard against backtracking that runs for minutes, not a speed target: the limit holds on a loaded machine.
        String noise = "{[".repeat(50_000) + "word ".repeat(10_000);

        ParseResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> parser.parse(noise));

        assertThat(result.status()).isEqualTo(ParseStatus.FAILED);
        assertThat(result.message()).isEqualTo("No list or JSON could be read from the answer ("
                + noise.length() + " characters).");
    }

    @Test
    void deeplyNestedJsonDoesNotBreakTheReader() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);

        ParseResult result = parser.parse(nested);

        assertThat(result.status()).isEqualTo(ParseStatus.FAILED);
        assertThat(result.message()).startsWith("No list or JSON");
    }

    @Test
    void aVeryLongListIsReadInFull() {
        StringBuilder answer = new StringBuilder("Here you go:\n");
        for (int i = 1; i <= 200; i++) {
            answer.append(i).append(". Book ").append(i).append(" by Author ").append(i).append(" - reason ")
                    .append(i).append('\n');
        }

        ParseResult result = parser.parse(answer.toString());

        assertThat(result.items()).hasSize(200);
        assertThat(result.items().get(199)).isEqualTo(new ParsedItem(200, "Book 200", "Author 200", "reason 200"));
    }

    @Test
    void aTitleThatStartsWithAQuotedWordKeepsTheRestOfItsWords() {
        ParseResult result = parser.parse("""
                1. "Quotes" and Other Stories by Jane Okafor - short fiction like the collections you rated highly
                2. "Dune" by Frank Herbert - the desert epic you will like
                """);

        assertThat(result.items()).extracting(ParsedItem::title)
                .containsExactly("\"Quotes\" and Other Stories", "Dune");
        assertThat(result.items()).extracting(ParsedItem::creator).containsExactly("Jane Okafor", "Frank Herbert");
    }
}
