package org.llm4rec.explorer.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResponseParserCorpusTest {
    private final ResponseParser parser = new ResponseParser();

    static List<CorpusCase> corpus() throws IOException, URISyntaxException {
        return CorpusCase.all("/parse-corpus");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsRecordedAnswer(CorpusCase recorded) {
        ParseResult result = parser.parse(recorded.answer());

        assertThat(result.status()).as("status").isEqualTo(recorded.status());
        // The recorded items give no years; the year read beside a title is checked in ResponseParserTest.
        assertThat(result.items()).as("items").extracting(i -> new ParsedItem(i.rank(), i.title(), i.creator(),
                i.explanation())).containsExactlyElementsOf(recorded.items());
        if (recorded.status() == ParseStatus.JSON) {
            assertThat(result.message()).as("message").isEmpty();
        }
        assertThat(result.message()).as("message").contains(recorded.message());
    }

    @Test
    void corpusCoversEveryWayOfReading() throws Exception {
        List<CorpusCase> cases = corpus();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(cases).extracting(CorpusCase::status).contains(ParseStatus.values());
    }

    @Test
    void everyPrefixOfEveryRecordedAnswerIsReadWithoutThrowing() throws Exception {
        for (CorpusCase recorded : corpus()) {
            String answer = recorded.answer();
            for (int end = 0; end <= answer.length(); end += 7) {
                ParseResult result = parser.parse(answer.substring(0, end));
                assertThat(result.status()).as("%s cut at %d", recorded.name(), end).isNotNull();
                assertThat(result.message()).as("%s cut at %d", recorded.name(), end)
                        .doesNotContain("could not be read (");
            }
        }
    }
}
