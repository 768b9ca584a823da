package org.llm4rec.explorer.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.llm4rec.explorer.domain.prompt.NirStrategy;

/** Answer shapes real models write, beyond the recorded parse corpus. */
class AnswerShapesTest {
    private final ResponseParser parser = new ResponseParser();

    @ParameterizedTest
    @ValueSource(strings = {
            "[1. Cliffhanger - Die Hard 2],\n[2. Heat - North by Northwest],",
            "1. Cliffhanger – Die Hard 2\n2. Heat – North by Northwest",
            "1. Cliffhanger -> Die Hard 2\n2. Heat → North by Northwest"})
    void readsNirPairsWithDashesArrowsAndBrackets(String answer) {
        ParseResult read = parser.parse(new NirStrategy().combine(null, List.of(answer)));

        assertThat(read.items()).extracting(ParsedItem::title).containsExactly("Die Hard 2", "North by Northwest");
        assertThat(read.items()).extracting(ParsedItem::creator).containsOnly("");
    }

    @Test
    void anEnDashSplitsBeforeAHyphenInsideATitle() {
        ParseResult read = parser.parse(new NirStrategy().combine(null,
                List.of("1. Star Wars: Episode VI - Return of the Jedi – Life Is Beautiful (1997)")));

        assertThat(read.items()).extracting(ParsedItem::title).containsExactly("Life Is Beautiful");
        assertThat(read.items()).extracting(ParsedItem::year).containsExactly(1997);
    }

    @Test
    void readsLinesOfTitleAndYearWithoutReasons() {
        ParseResult read = parser.parse("The Abyss (1989)\nA Time to Kill\nGrand Theft Auto V - Xbox One\n");

        assertThat(read.items()).extracting(ParsedItem::title)
                .containsExactly("The Abyss", "A Time to Kill", "Grand Theft Auto V - Xbox One");
        assertThat(read.items()).extracting(ParsedItem::year).containsExactly(1989, null, null);
    }

    @Test
    void readsARunOnListOnOneLine() {
        ParseResult read = parser.parse("I recommend: The Abyss (1989), Forever Odd (Odd Thomas, #2), Seven.");

        assertThat(read.items()).extracting(ParsedItem::title)
                .containsExactly("The Abyss", "Forever Odd (Odd Thomas, #2)", "Seven");
    }

    @Test
    void aSentenceIsNotARunOnList() {
        assertThat(parser.parse("Sorry, I can't help with that. Could you tell me more?").status())
                .isEqualTo(ParseStatus.FAILED);
    }

    @Test
    void keepsTheYearWrittenWithATitleInListsAndJson() {
        assertThat(parser.parse("1. **Cape Fear** (1962): the original").items().get(0).year()).isEqualTo(1962);
        assertThat(parser.parse("```json\n[{\"title\": \"Cape Fear\", \"year\": 1991}]\n```\nBoth are tense.")
                .items().get(0).year()).isEqualTo(1991);
        assertThat(parser.parse("1. Cape Fear - a remake from 1991 (1991 version)").items().get(0).year())
                .isNull();
    }

    @Test
    void aSubtitleFollowedByItsYearStaysInTheTitle() {
        ParsedItem item = parser.parse("1. Austin Powers: The Spy Who Shagged Me (1999), directed by Jay Roach")
                .items().get(0);

        assertThat(item.title()).isEqualTo("Austin Powers: The Spy Who Shagged Me");
        assertThat(item.creator()).isEqualTo("Jay Roach");
        assertThat(item.year()).isEqualTo(1999);
    }
}
