package org.llm4rec.explorer.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.judge.JudgeAgreement;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.LabelOrigin;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.Rating;
import org.llm4rec.explorer.domain.judge.RubricScores;

/** A model judge's scores and agreement in CSV, JSON and HTML, with titles that break naive writers. */
class ModelJudgeExportTest {
    private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");
    private static final String JUDGE = "qwen2.5:7b · judge-app-rubric v2";
    private static final String TITLE = "Crouching Tiger, Hidden \"Dragon\" <script>";

    private final List<ModelJudgement> scores = List.of(
            judgement(1, Map.of("relevance", 4, "specificity", 3, "persuasiveness", 4, "faithfulness", 5), ""),
            judgement(2, Map.of(), "no score for Relevance"));
    private final JudgeAgreement agreement = JudgeAgreement.of(JUDGE, JudgeRubric.APP, scores,
            List.of(new Rating("r1", "run-a", 1, null, TITLE, new RubricScores(4, 4, 4, 4), "", "ann", AT,
                    LabelOrigin.HUMAN)), List.of(), 5);

    @Test
    void csvNamesTheJudgeModelTemplateVersionAndOriginOnEveryRow() {
        String[] lines = ModelJudgeExport.scoresCsv(scores, JudgeRubric.APP.criteria()).split("\r\n");

        assertThat(lines[0]).isEqualTo("origin,judge_model,template_id,template_version,run_id,rank,item_title,"
                + "relevance,specificity,persuasiveness,faithfulness,reason,problem");
        assertThat(lines[1]).isEqualTo("MODEL,qwen2.5:7b,judge-app-rubric,2,run-a,1,"
                + "\"Crouching Tiger, Hidden \"\"Dragon\"\" <script>\",4,3,4,5,\"Vivid, specific.\",");
        assertThat(lines[2]).endsWith(",,,,,\"Vivid, specific.\",no score for Relevance");
    }

    @Test
    void jsonCarriesTheAgreementFiguresWithUndefinedOnesAsNull() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ModelJudgeExport.json(agreement, scores));

        assertThat(root.get("origin").asText()).isEqualTo("MODEL");
        assertThat(root.get("judge").asText()).isEqualTo(JUDGE);
        // One (judge, person) pair per criterion: κ has no chance model to beat, ρ no ranks.
        assertThat(root.get("agreement").get(0).get("pairs").asInt()).isEqualTo(1);
        assertThat(root.get("agreement").get(0).get("spearmanRho").isNull()).isTrue();
        assertThat(root.get("scores")).hasSize(2);
        assertThat(root.get("scores").get(0).get("templateVersion").asInt()).isEqualTo(2);
        assertThat(root.get("scores").get(0).has("rawAnswer")).isFalse();
        assertThat(root.get("disagreements").get(0).get("gap").asDouble()).isEqualTo(0.5);
    }

    @Test
    void htmlEscapesTitlesAndSaysTheScoresAreAModels() {
        String html = ModelJudgeExport.html(agreement);

        assertThat(html).contains("Model judge qwen2.5:7b · judge-app-rubric v2", "Scores from a model",
                "Crouching Tiger, Hidden &quot;Dragon&quot; &lt;script&gt;").doesNotContain("<script>");
    }

    private static ModelJudgement judgement(int rank, Map<String, Integer> scores, String problem) {
        return new ModelJudgement(JUDGE, "qwen2.5:7b", "judge-app-rubric", 2, "run-a", rank, TITLE, scores,
                "Vivid, specific.", "```json{}```", problem, AT);
    }
}
