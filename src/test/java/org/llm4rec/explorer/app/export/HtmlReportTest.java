package org.llm4rec.explorer.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static String report() throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReport().write(HostileRuns.comparison(), out);
        return out.toString();
    }

    @Test
    void hostileTextsShowAsWrittenAndNeverAsMarkup() throws Exception {
        Document page = Jsoup.parse(report());

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("b, i, img, think")).isEmpty();
        assertThat(page.select(".title").eachText()).contains(
                HostileRuns.SCRIPT_TITLE + " — A, \"B\" & <C>", HostileRuns.RTL_TITLE + " — גבריאל גרסיה מרקס");
        assertThat(page.select(".explanation").eachText())
                .contains(HostileRuns.EXPLANATION.replace("\n", " "), HostileRuns.RTL_EXPLANATION);
        assertThat(page.select("h2").eachText()).contains("Zero-shot <direct> & \"co\"", "Failed, \"sadly\"");
        assertThat(page.select("pre").stream().map(Element::wholeText))
                .contains(HostileRuns.completed().prompt(), HostileRuns.completed().rawResponse(),
                        HostileRuns.completed().thinking());
    }

    @Test
    void userTextIsMarkedForEitherWritingDirection() throws Exception {
        Document page = Jsoup.parse(report());

        Element rtlTitle = page.select(".title").stream()
                .filter(e -> e.text().startsWith(HostileRuns.RTL_TITLE)).findFirst().orElseThrow();
        assertThat(rtlTitle.attr("dir")).isEqualTo("auto");
        assertThat(page.select(".explanation, .title, pre")).allMatch(e -> e.attr("dir").equals("auto")
                || e.parent().attr("dir").equals("auto"));
    }

    @Test
    void pageLoadsNothingFromOutside() throws Exception {
        String html = report();
        Document page = Jsoup.parse(html);

        assertThat(page.select("[src], [href], link, iframe, object, embed, img")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on"))).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("url(", "@import", "http");
        // The prompt quotes an <img src=http…> as text; only as escaped text may it appear.
        assertThat(html).doesNotContainPattern("(?i)<[^>]*\\b(src|href)\\s*=").contains("&lt;img src=http");
    }

    @Test
    void ratingsAndTheLeaderboardWithIntervalsAreShown() throws Exception {
        Document page = Jsoup.parse(report());

        assertThat(page.select(".rating").eachText()).hasSize(3).anySatisfy(text -> assertThat(text)
                .contains("Relevance 5★", "Faithfulness 2★", "by Ana <teacher>", "25 November 2026, 11:00 UTC",
                        "(human label)", HostileRuns.RATING_NOTE));
        Element board = page.selectFirst("table.leaderboard");
        assertThat(board).isNotNull();
        assertThat(board.select("tr")).hasSize(3);
        assertThat(board.text()).contains("Zero-shot direct recommendation · llama3.2:3b",
                "Candidate ranking, sequential (LLMRank) · qwen <2>");
        assertThat(board.select("tr").get(1).select("td").get(3).text()).matches("\\[-?\\d+\\.\\d\\d, -?\\d+\\.\\d\\d]");
        assertThat(page.text()).contains("Position bias: the left side won");
    }

    @Test
    void everyRunRecordIsInTheReport() throws Exception {
        Document page = Jsoup.parse(report());

        assertThat(page.select("details")).hasSize(2);
        assertThat(page.text()).contains("run-1", "run-2", "sha256:digest", "model not found",
                "The server does not have missing:7b, pull it", "Random + target (LLMRank)",
                "step prompt <1>", "step answer & 1");
        assertThat(page.select("ol").first().select("li")).hasSize(3);
    }

    @Test
    void readsAsADocumentWithoutRecordDumpsInternalIdsOrRawTimestamps() throws Exception {
        Document page = Jsoup.parse(report());
        String text = page.text();

        assertThat(text).as("no Java record dumps such as GenerationOptions[temperature=…]")
                .doesNotContainPattern("\\w+\\[\\w+=");
        assertThat(text).as("configurations by display name, not internal id")
                .doesNotContain("zero-shot-direct", "llmrank-sequential");
        assertThat(text).as("no raw instants, with or without fractions of a second")
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
        assertThat(text).contains("Exported 25 November 2026, 10:15 UTC", "25 November 2026, 10:00 UTC",
                "temperature 0.2 · top-p 0.9 · top-k 40 · seed 42 · context window 8,192 tokens",
                "first token after 0.12 s · answer complete after 3.45 s · model load 0.80 s · 512 prompt tokens",
                "1 held-out hit ·", "0 held-out hits", "Zero-shot direct recommendation · template version 3");
        assertThat(page.select(".grounding").eachText()).as("each badge once, as the window shows it")
                .containsExactly("in catalogue · exact 100%; hit: held-out target",
                        "in catalogue · fuzzy 88%; duplicate; already in history", "not in catalogue");
    }
}
