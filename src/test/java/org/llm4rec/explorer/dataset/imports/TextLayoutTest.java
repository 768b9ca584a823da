package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Delimiter, quoting, header and encoding detection from a file's first bytes. */
class TextLayoutTest {

    private static TextLayout detect(String text) {
        return TextLayout.detect(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTabSeparatedFileWithAHeader() {
        TextLayout layout = detect("who\tstars\twhat\nann\t4.5\tb1\nbob\t3\tb2\n");
        assertThat(layout.delimiter()).isEqualTo("\t");
        assertThat(layout.header()).isTrue();
        assertThat(layout.quoted()).isFalse();
        assertThat(layout.json()).isFalse();
    }

    @Test
    void aCommaSeparatedFileWithQuotedCommasIsNotTakenForMoreColumns() {
        TextLayout layout = detect("id,title,genres\n1,\"Hobbit, The\",Fantasy\n2,Dune,SF\n3,\"Emma, again\",X\n");
        assertThat(layout.delimiter()).isEqualTo(",");
        assertThat(layout.quoted()).isTrue();
        assertThat(layout.header()).isTrue();
    }

    @Test
    void numbersOnTheFirstRowMeanNoHeader() {
        TextLayout layout = detect("1::1193::5::978300760\n1::661::3::978302109\n2::1357::5::978298709\n");
        assertThat(layout.delimiter()).isEqualTo("::");
        assertThat(layout.header()).isFalse();
    }

    @Test
    void semicolonsAndPipes() {
        assertThat(detect("a;b;c\nx;1;2\ny;3;4\n").delimiter()).isEqualTo(";");
        assertThat(detect("1|Toy Story|01-Jan-1995|0|1\n2|GoldenEye|01-Jan-1995|1|0\n").delimiter()).isEqualTo("|");
    }

    @Test
    void textOnlyColumnsHaveAHeaderWhenItsNamesDoNotRecur() {
        assertThat(detect("user,item\nann,b1\nbob,b2\n").header()).isTrue();
        assertThat(detect("ann,b1\nbob,b2\nann,b2\n").header()).isFalse();
    }

    @Test
    void jsonLinesAreRecognisedAndLatinOneTextIsNotTakenForUtf8() {
        assertThat(detect("{\"user\": \"a\", \"item\": \"b\"}\n{\"user\": \"c\"}\n").json()).isTrue();
        TextLayout latin = TextLayout.detect("id\ttitle\n1\tN\u00e9nette\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(latin.describe()).isEqualTo("tab-separated, header row, ISO-8859-1");
    }
}
