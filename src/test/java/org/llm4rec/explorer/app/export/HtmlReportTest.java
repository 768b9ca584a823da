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
                .contains("Relevance 5★", "Faithfulness 2★", "by Ana <teacher>", "2026-11-25T11:00:00Z",
                        "(human label)", HostileRuns.RATING_NOTE));
        Element board = page.selectFirst("table.leaderboard");
        assertThat(board).isNotNull();
        assertThat(board.select("tr")).hasSize(3);
        assertThat(board.text()).contains("zero-shot-direct · llama3.2:3b", "llmrank-sequential · qwen <2>");
        assertThat(board.select("tr").get(1).select("td").get(3).text()).matches("\\[-?\\d+\\.\\d\\d, -?\\d+\\.\\d\\d]");
        assertThat(page.text()).contains("Position bias: the left side won");
    }

    @Test
    void everyRunRecordIsInTheReport() throws Exception {
        Document page = Jsoup.parse(report());

        assertThat(page.select("details")).hasSize(2);
        assertThat(page.text()).contains("run-1", "run-2", "sha256:digest", "MODEL_NOT_FOUND",
                "The server does not have missing:7b, pull it", "Random + target (LLMRank)",
                "step prompt <1>", "step answer & 1");
        assertThat(page.select("ol").first().select("li")).hasSize(3);
    }
}
