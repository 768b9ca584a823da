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

    @Test
    void aTitleWrittenAsAMarkdownLinkIsItsLinkText() {
        ParseResult result = parser.parse("""
                Here are a few films you might enjoy:

                1. [The Matrix](https://www.imdb.com/title/tt0133093/) - because you liked Terminator 2.
                2. [Heat](https://en.wikipedia.org/wiki/Heat_(1995_film)) - a crime epic with De Niro and Pacino.
                3. **[Toy Story (1995)](https://www.imdb.com/title/tt0114709/)** - a lighter pick.
                4. [Se7en](https://www.imdb.com/title/tt0114369/ "Se7en on IMDb") (1995): a dark thriller.
                """);

        assertThat(result.status()).isEqualTo(ParseStatus.LIST);
        assertThat(result.items()).containsExactly(
                new ParsedItem(1, "The Matrix", "", "because you liked Terminator 2."),
                new ParsedItem(2, "Heat", "", "a crime epic with De Niro and Pacino."),
                new ParsedItem(3, "Toy Story", "", "a lighter pick.", 1995),
                new ParsedItem(4, "Se7en", "", "a dark thriller.", 1995));
    }

    @Test
    void linkedTitlesOnOneLineOrWithReferencesAreTheirLinkText() {
        assertThat(parser.parse("Try these: [Pulp Fiction](https://www.imdb.com/title/tt0110912/), "
                + "[Fargo](https://www.imdb.com/title/tt0116282/), and [The Godfather](https://www.imdb.com/title/"
                + "tt0068646/).").items()).extracting(ParsedItem::title)
                .containsExactly("Pulp Fiction", "Fargo", "The Godfather");
        assertThat(parser.parse("""
                1. [The Shawshank Redemption][1] - hope against the odds
                2. [The Sixth Sense][2] - a twist you won't forget

                [1]: https://www.imdb.com/title/tt0111161/
                [2]: https://www.imdb.com/title/tt0167404/
                """).items()).containsExactly(
                new ParsedItem(1, "The Shawshank Redemption", "", "hope against the odds"),
                new ParsedItem(2, "The Sixth Sense", "", "a twist you won't forget"));
    }

    @Test
    void squareBracketsAroundATitleGoButThoseThatArePartOfItStay() {
        ParseResult result = parser.parse("""
                1. [Heat] - a crime epic with a famous diner scene
                2. **[Casino]** (1995): Scorsese's Las Vegas saga
                3. [REC] 2 (2009) - the sequel, minutes after the first film
                4. [Fargo]
                """);

        assertThat(result.items()).containsExactly(
                new ParsedItem(1, "Heat", "", "a crime epic with a famous diner scene"),
                new ParsedItem(2, "Casino", "", "Scorsese's Las Vegas saga", 1995),
                new ParsedItem(3, "[REC] 2", "", "the sequel, minutes after the first film", 2009),
                new ParsedItem(4, "Fargo", "", ""));
    }
}
