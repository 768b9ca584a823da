package org.llm4rec.explorer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoedTextTest {

    @Test
    void terminalEscapeSequencesAreWrittenOutNotPassedOn() {
        assertThat(EchoedText.safe("\u001b]0;pwned\u0007Evil \u001b[2J\u009bname\r"))
                .isEqualTo("\\u001B]0;pwned\\u0007Evil \\u001B[2J\\u009Bname\\u000D");
        assertThat(EchoedText.safe("two\nlines\tand a tab")).isEqualTo("two\nlines\tand a tab");
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertThat(EchoedText.safe("x".repeat(10_000_000))).isEqualTo("x".repeat(200) + "…");
        assertThat(EchoedText.safe("short")).isEqualTo("short");
    }

    @Test
    void aValueInsideOneLineHasItsLineBreaksAndTabsWrittenOutToo() {
        assertThat(EchoedText.inLine("Films\n2026-12-07 [main] ERROR\tforged")).isEqualTo(
                "Films\\u000A2026-12-07 [main] ERROR\\u0009forged");
        assertThat(EchoedText.inLine("y".repeat(500))).isEqualTo("y".repeat(200) + "…");
    }

    @Test
    void aWholeMessageKeepsItsLinesUpToItsOwnLength() {
        assertThat(EchoedText.message("line one\nline two")).isEqualTo("line one\nline two");
        assertThat(EchoedText.message("m".repeat(5_000))).isEqualTo("m".repeat(EchoedText.MESSAGE_CHARS) + "…");
    }
}
