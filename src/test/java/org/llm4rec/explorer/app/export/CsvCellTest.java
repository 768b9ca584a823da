package org.llm4rec.explorer.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void quotingFollowsRfc4180() {
        assertThat(CsvCell.of("plain")).isEqualTo("plain");
        assertThat(CsvCell.of("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCell.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCell.of("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCell.of("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunGetALeadingQuote() {
        assertThat(CsvCell.of("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCell.of("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(CsvCell.of("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvCell.of("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCell.of("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCell.of("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCell.of("=cmd|' /C calc'!A0,x")).isEqualTo("\"'=cmd|' /C calc'!A0,x\"");
    }

    @Test
    void plainNumbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvCell.of("-0.5")).isEqualTo("-0.5");
        assertThat(CsvCell.of("+3")).isEqualTo("+3");
        assertThat(CsvCell.of("-1e-3")).isEqualTo("-1e-3");
        assertThat(CsvCell.of("Dune = the best")).isEqualTo("Dune = the best");
        assertThat(CsvCell.of("")).isEmpty();
    }

    @Test
    void aCommentLineIsNeutralisedAfterEachComma() {
        assertThat(CsvCell.comment("Experiment \"Probe, =1+1\"\non x, @SUM(1),-0.5"))
                .isEqualTo("# Experiment \"Probe, '=1+1\" on x, '@SUM(1),-0.5");
    }
}
