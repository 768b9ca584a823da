package org.llm4rec.explorer.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.dataset.imports.RecordReader;
import org.llm4rec.explorer.domain.grounding.Recommendation;
import org.llm4rec.explorer.domain.run.RunRecord;

class ComparisonCsvTest {

    private static List<Map<String, String>> rows() throws Exception {
        StringWriter out = new StringWriter();
        new ComparisonCsv().write(HostileRuns.comparison(), out);
        List<Map<String, String>> rows = new ArrayList<>();
        try (RecordReader reader = RecordReader.utf8(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), ",", true)) {
            List<String> header = reader.next();
            assertThat(header).isEqualTo(ComparisonCsv.header());
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                assertThat(reader.problem()).isNull();
                assertThat(record).hasSameSizeAs(header);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void oneRowPerItemAndOneForARunWithout() throws Exception {
        List<Map<String, String>> rows = rows();

        assertThat(rows).extracting(r -> r.get("run_id") + "#" + r.get("rank"))
                .containsExactly("run-1#1", "run-1#1", "run-1#2", "run-1#3", "run-2#");
    }

    @Test
    void quotedFieldsReadBackExactly() throws Exception {
        List<Map<String, String>> rows = rows();
        RunRecord run = HostileRuns.completed();
        Recommendation first = run.recommendations().get(0);

        Map<String, String> row = rows.get(0);
        assertThat(row).containsEntry("column", "Zero-shot <direct> & \"co\"")
                .containsEntry("title", first.title()).containsEntry("creator", first.creator())
                .containsEntry("explanation", first.explanation()).containsEntry("prompt", run.prompt())
                .containsEntry("raw_response", run.rawResponse()).containsEntry("thinking", run.thinking())
                .containsEntry("message", run.message()).containsEntry("profile_name", run.profileName())
                .containsEntry("created_at", "2026-11-25T10:00:00.500Z")
                .containsEntry("item_categories", "fantasy, <sci-fi>").containsEntry("item_year", "1999")
                .containsEntry("item_popularity", "12345").containsEntry("hit", "true")
                .containsEntry("grounding_method", "EXACT").containsEntry("cached", "true")
                .containsEntry("served_by", "http://127.0.0.1:11434").containsEntry("total_ms", "3450")
                .containsEntry("candidate_protocol", "RANDOM_WITH_TARGET").containsEntry("candidate_seed", "7");
        assertThat(row.get("options_json")).contains("\"stop\":[\"</s>\",\"\\\"stop\\\"\"]", "\"keepAlive\":300");
        assertThat(row.get("steps_json")).contains("step prompt <1>", "\"rankedIds\":[\"b-8\",\"b-7\"]");
        assertThat(rows.get(2)).containsEntry("title", HostileRuns.RTL_TITLE)
                .containsEntry("explanation", HostileRuns.RTL_EXPLANATION)
                .containsEntry("flags", "ALREADY_SEEN;DUPLICATE").containsEntry("grounding_confidence", "0.875");
        assertThat(rows.get(4)).containsEntry("status", "FAILED").containsEntry("failure", "MODEL_NOT_FOUND")
                .containsEntry("title", "").containsEntry("total_ms", "");
    }

    @Test
    void everyRatingIsARowFlaggedAsAHumanLabel() throws Exception {
        List<Map<String, String>> rows = rows();

        assertThat(rows).extracting(r -> r.get("rating_id")).containsExactly("r-1", "r-2", "r-3", "", "");
        assertThat(rows.get(0)).containsEntry("rating_origin", "HUMAN").containsEntry("rater", "Ana <teacher>")
                .containsEntry("rated_at", "2026-11-25T11:00:00Z").containsEntry("relevance_stars", "5")
                .containsEntry("specificity_stars", "4").containsEntry("persuasiveness_stars", "3")
                .containsEntry("faithfulness_stars", "2").containsEntry("rating_note", HostileRuns.RATING_NOTE);
        assertThat(rows.get(1)).containsEntry("rater", "דנה").containsEntry("relevance_stars", "1")
                .containsEntry("title", HostileRuns.SCRIPT_TITLE);
        assertThat(rows.get(3)).containsEntry("rating_origin", "").containsEntry("rater", "");
    }

    @Test
    void formulasInTitlesExplanationsAndNamesAreWrittenAsText() throws Exception {
        StringWriter out = new StringWriter();
        new ComparisonCsv().write(HostileRuns.formulaComparison(), out);

        assertThat(SpreadsheetCells.formulas(out.toString())).isEmpty();
        assertThat(out.toString()).contains("'=HYPERLINK(\"\"http://x\"\")", "'@SUM(1)", "'+1+1", "'-2+3")
                .contains(",0.875,");
    }
}
