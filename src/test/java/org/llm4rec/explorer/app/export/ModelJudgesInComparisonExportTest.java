package org.llm4rec.explorer.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.judge.JudgeFixtures;
import org.llm4rec.explorer.app.judge.JudgeProgress;
import org.llm4rec.explorer.app.judge.JudgedRun;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.server.CachingLlmClient;
import org.llm4rec.explorer.dataset.imports.RecordReader;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteJudgeRepository;
import org.llm4rec.explorer.store.SqliteModelJudgementRepository;
import org.llm4rec.explorer.store.SqliteResponseCache;
import org.llm4rec.explorer.store.SqliteRunRepository;

/**
 * A comparison's own exports carry the model judge's scores and reasons, with its model and template version, apart
 * from people's ratings: two columns judged over HTTP by a fake judge whose scores follow a known rule (the number
 * of sentences), stored in SQLite beside two people's ratings, then written as CSV, JSON and HTML.
 */
class ModelJudgesInComparisonExportTest {
    private static final String JUDGE = "qwen2.5:7b";
    private static final String HOSTILE_REASON = "=HYPERLINK(\"http://evil.example\") <script>alert(1)</script> &"
            + " still fair";

    @TempDir
    Path dir;
    private FakeOllama ollama;
    private Database db;
    private Comparison comparison;
    private final RunRecord runA = JudgeFixtures.run("run-a", 1, 2, 3, 4, 5);
    private final RunRecord runB = JudgeFixtures.run("run-b", 5, 4, 3, 2, 1);

    /** The rule judge, except that explanations of two sentences get a reason written to break a page or a sheet. */
    private static String judge(String prompt) {
        String rule = JudgeFixtures.ruleJudge(prompt);
        return rule.contains("'relevance': {'score': 2}")
                ? "{\"scores\": {\"relevance\": 2, \"specificity\": 2, \"persuasiveness\": 2, \"faithfulness\": 4},"
                + " \"reason\": \"" + HOSTILE_REASON.replace("\"", "\\\"") + "\"}"
                : rule;
    }

    @BeforeEach
    void judgeTwoColumns() {
        ollama = FakeOllama.start().model(JUDGE).replies(JUDGE, ModelJudgesInComparisonExportTest::judge);
        db = Database.open(dir.resolve("store.db"));
        new SqliteRunRepository(db).save(runA);
        new SqliteRunRepository(db).save(runB);
        SqliteJudgeRepository people = new SqliteJudgeRepository(db);
        JudgeFixtures.ratePeople(people);
        SqliteModelJudgementRepository models = new SqliteModelJudgementRepository(db);
        var llm = new CachingLlmClient(new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(ollama.baseUrl())),
                new SqliteResponseCache(db));
        new ModelJudgeService(llm, models, Clock.systemUTC()).judge(Judge.of(JUDGE, JudgeRubric.APP),
                List.of(new JudgedRun(runA, JudgeFixtures.HISTORY), new JudgedRun(runB, JudgeFixtures.HISTORY)),
                JudgeProgress.NONE, new Cancellation());
        Judgements.Judged judged = Judgements.from(people, models).of(List.of("run-a", "run-b"));
        comparison = new Comparison(Instant.parse("2026-12-07T10:00:00Z"), "0.1.0",
                List.of(new ExportedColumn("Zero-shot", runA, List.of()),
                        new ExportedColumn("Zero-shot, longer", runB, List.of())),
                judged.ratings(), judged.votes(), judged.modelJudgements());
    }

    @AfterEach
    void close() {
        ollama.close();
        db.close();
    }

    @Test
    void csvGivesEachModelJudgementItsOwnRowInModelJudgeColumnsApartFromPeoplesRatings() throws Exception {
        List<Map<String, String>> rows = csvRows(new ComparisonFiles().write(comparison, ExportFormat.CSV,
                dir.resolve("c.csv")));

        assertThat(ComparisonCsv.header()).containsSubsequence("rating_note", "model_judge_model",
                "model_judge_template_id", "model_judge_template_version", "model_judge_relevance",
                "model_judge_specificity", "model_judge_persuasiveness", "model_judge_faithfulness",
                "model_judge_informativeness", "model_judge_helpfulness", "model_judge_reason",
                "model_judge_problem", "model_judged_at");
        // run-a: five items, each rated by Ann and Ben and scored by the judge; run-b: five items scored only.
        assertThat(rows).hasSize(20);
        List<Map<String, String>> judged = rows.stream().filter(r -> !r.get("model_judge_model").isEmpty()).toList();
        List<Map<String, String>> rated = rows.stream().filter(r -> !r.get("rating_id").isEmpty()).toList();
        assertThat(judged).hasSize(10).allSatisfy(r -> {
            assertThat(r.get("model_judge_model")).isEqualTo(JUDGE);
            assertThat(r.get("model_judge_template_id")).isEqualTo("judge-app-rubric");
            assertThat(r.get("model_judge_template_version")).isEqualTo("1");
            assertThat(r.get("rating_id") + r.get("rater") + r.get("relevance_stars") + r.get("rating_origin"))
                    .isEmpty();
        });
        assertThat(rated).hasSize(10).allSatisfy(r -> assertThat(r.get("model_judge_relevance")
                + r.get("model_judge_reason") + r.get("model_judge_model")).isEmpty());
        Map<String, String> fourSentences = judged.stream()
                .filter(r -> r.get("run_id").equals("run-a") && r.get("rank").equals("4")).findFirst().orElseThrow();
        assertThat(fourSentences).containsEntry("model_judge_relevance", "4").containsEntry("model_judge_faithfulness",
                "2").containsEntry("model_judge_informativeness", "").containsEntry("model_judge_reason",
                "Short and on topic.");
        Map<String, String> hostile = judged.stream()
                .filter(r -> r.get("run_id").equals("run-a") && r.get("rank").equals("2")).findFirst().orElseThrow();
        assertThat(hostile.get("model_judge_reason")).isEqualTo("'" + HOSTILE_REASON);
    }

    @Test
    void jsonKeepsTheScoresUnderTheirOwnNameAndReadsThemBack() throws Exception {
        Path file = new ComparisonFiles().write(comparison, ExportFormat.JSON, dir.resolve("c.json"));
        JsonNode root = JsonMapper.builder().build().readTree(file.toFile());

        assertThat(root.path("ratings")).hasSize(10);
        JsonNode scores = root.path("modelJudgements");
        assertThat(scores).hasSize(10);
        JsonNode first = scores.get(0);
        assertThat(first.path("model").asText()).isEqualTo(JUDGE);
        assertThat(first.path("templateId").asText()).isEqualTo("judge-app-rubric");
        assertThat(first.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(first.path("scores").path("relevance").isInt()).isTrue();
        assertThat(first.path("reason").asText()).isNotBlank();
        assertThat(new ComparisonFiles().read(file)).isEqualTo(comparison);
    }

    @Test
    void htmlReportPutsTheJudgesLineUnderEachExplanationAsADocumentWithoutIds() throws Exception {
        Path file = new ComparisonFiles().write(comparison, ExportFormat.HTML, dir.resolve("c.html"));
        String html = Files.readString(file);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select(".rating")).hasSize(10).noneMatch(e -> e.text().contains("Model judge"));
        assertThat(page.select(".model-judge")).hasSize(10);
        Element firstOfA = page.select("article.column").get(0).select("li").get(0);
        assertThat(firstOfA.select(".model-judge").text()).isEqualTo("Model judge qwen2.5:7b (judge-app-rubric v1):"
                + " Relevance 1/5 · Specificity 1/5 · Persuasiveness 1/5 · Faithfulness 5/5 — Short and on topic.");
        assertThat(firstOfA.select(".rating").eachText()).allMatch(t -> t.contains("(human label)"));
        Element secondOfA = page.select("article.column").get(0).select("li").get(1);
        assertThat(secondOfA.select(".model-judge").text()).endsWith("— " + HOSTILE_REASON);
        assertThat(page.select("h2").eachText()).contains("Model judges");
        assertThat(page.select("table.model-judges tr").get(1).select("td").eachText())
                .containsExactly(JUDGE, "judge-app-rubric", "1", "10", "0");
        // Read as a document: no record dumps, maps or ids from the store in the judges' parts.
        String judgeParts = page.select(".model-judge, table.model-judges").text();
        assertThat(judgeParts).doesNotContain("run-a", "run-b", "ModelJudgement[", "{", "judgeId", "·"
                + " judge-app-rubric");
        assertThat(html).doesNotContain("ModelJudgement[", "Rating[");
    }

    @Test
    void markdownSummaryListsTheJudgesLineBesidePeoplesRatings() throws Exception {
        String summary = Files.readString(new ComparisonFiles().write(comparison, ExportFormat.MARKDOWN,
                dir.resolve("c.md")));

        assertThat(summary).contains("Model judge qwen2.5:7b (judge-app-rubric v1): Relevance 1/5 · Specificity 1/5"
                + " · Persuasiveness 1/5 · Faithfulness 5/5 — Short and on topic.");
    }

    private static List<Map<String, String>> csvRows(Path file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (RecordReader reader = RecordReader.utf8(new ByteArrayInputStream(Files.readString(file)
                .getBytes(StandardCharsets.UTF_8)), ",", true)) {
            List<String> header = reader.next();
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
