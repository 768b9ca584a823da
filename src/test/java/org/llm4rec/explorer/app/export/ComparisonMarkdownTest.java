package org.llm4rec.explorer.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonMarkdownTest {
    @Test
    void markupInTextIsEscapedAndPlainTextLeftReadable() {
        assertThat(ComparisonMarkdown.text("<script>*bold* [link](http://x) a|b"))
                .isEqualTo("\\<script\\>\\*bold\\* \\[link\\](http://x) a\\|b");
        assertThat(ComparisonMarkdown.text("Zero-shot (direct) #1 + more!")).isEqualTo("Zero-shot (direct) #1 + more!");
    }

    @Test
    void whatWouldOpenAHeadingListOrQuoteIsEscapedAtTheStart() {
        assertThat(ComparisonMarkdown.text("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(ComparisonMarkdown.text("- not a list")).isEqualTo("\\- not a list");
        assertThat(ComparisonMarkdown.text("> not a quote")).isEqualTo("\\> not a quote");
        assertThat(ComparisonMarkdown.text("1984. A novel")).isEqualTo("1984\\. A novel");
        assertThat(ComparisonMarkdown.text("two\nlines")).isEqualTo("two lines");
    }
}
