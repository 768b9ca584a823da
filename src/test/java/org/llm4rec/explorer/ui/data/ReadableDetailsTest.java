package org.llm4rec.explorer.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.app.port.ItemActivity;
import org.llm4rec.explorer.domain.Item;

/** The catalogue's item details and the import summary, read by a person rather than a parser. */
class ReadableDetailsTest {
    private static final Item TOY_STORY = new Item("1", "Toy Story (1995)", "", 1995, "Animation|Children's|Comedy",
            452);

    @Test
    void otherFieldsAreNameValueLinesNotJson() {
        // The extra columns of MovieLens 100K's u.item, as the import keeps them.
        ItemActivity activity = new ItemActivity(452, 3.88, List.of(),
                "{\"release_date\":\"01-Jan-1995\",\"imdb_url\":\"http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)\","
                        + "\"tags\":[\"pixar\",\"cgi\"]}");

        String text = CataloguePane.describe(TOY_STORY, activity);

        assertThat(text).contains("Other fields:\n  release_date: 01-Jan-1995\n"
                + "  imdb_url: http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)\n  tags: [\"pixar\",\"cgi\"]\n")
                .doesNotContain("{\"");
    }

    @Test
    void detailsThatAreNotAJsonObjectShowAsTheyAre() {
        assertThat(CataloguePane.otherFields("release 1995, \"remastered\"")).isEqualTo(
                "  release 1995, \"remastered\"\n");
    }

    @Test
    void theImportSummaryIsAsTallAsItsLinesUpToAScrollingLimit() {
        String shortSummary = "Imported 1,682 items and 100,000 ratings of 943 users.\nSkipped nothing.";
        assertThat(DataView.rows(shortSummary)).isEqualTo(2);
        assertThat(DataView.rows("x".repeat(130))).as("a long line wraps over three rows").isEqualTo(3);
        assertThat(DataView.rows("line\n".repeat(60))).isEqualTo(18);
    }
}
