package org.llm4rec.explorer.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.judge.JudgeOutcome;
import org.llm4rec.explorer.app.judge.JudgePlan;
import org.llm4rec.explorer.app.judge.JudgeProgress;
import org.llm4rec.explorer.app.judge.ModelJudgeService;
import org.llm4rec.explorer.app.judge.RunHistories;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.Bootstrap;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.ExplanationQuality;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.prompt.ZeroShotDirectStrategy;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.SqliteDatasetUsers;
import org.llm4rec.explorer.store.SqliteModelJudgementRepository;
import org.llm4rec.explorer.store.SqliteProfileRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;

/**
 * A model judge over an experiment's stored explanations, against the fake Ollama over HTTP and a real SQLite
 * store. Seven users; model A writes one of its three explanations with "warmth" for every user, model B all three
 * for the users with an even id and none for the others; the judge scores 5 for "warmth" and 1 otherwise. So A's
 * mean is 7/3 for everyone (no spread between users), B's is (3 × 15 + 4 × 3) / 21 = 19/7 with a user-resampled
 * interval, and the baseline, which writes no explanations, has none.
 */
class ExperimentJudgingTest {
    private static final String MODEL_A = "llama3.2:3b";
    private static final String MODEL_B = "qwen3:4b";
    private static final String JUDGE = "judge-model:7b";
    private static final Pattern USER = Pattern.compile("Seen (\\d\\d)-");
    private static final int EXPLANATIONS = 2 * LongHistoryUsers.USERS * 3;

    @TempDir
    Path dir;
    private ExperimentStore store;
    private ExperimentJudging judging;
    private ExperimentReport report;
    private final Judge judge = Judge.of(JUDGE, JudgeRubric.APP);

    private static String user(String prompt) {
        Matcher user = USER.matcher(prompt);
        return user.find() ? user.group(1) : "07";
    }

    private static String modelA(String prompt) {
        String u = user(prompt);
        return "{\"recommendations\": ["
                + "{\"title\": \"Goal " + u + " (2006)\", \"explanation\": \"Since you loved Seen " + u
                + "-59, another comedy with the same warmth.\"},"
                + "{\"title\": \"Loner One (1990)\", \"explanation\": \"A sweeping story on a grand scale.\"},"
                + "{\"title\": \"Loner Two (1990)\", \"explanation\": \"A quiet western worth a look.\"}]}";
    }

    private static String modelB(String prompt) {
        String u = user(prompt);
        String tone = Integer.parseInt(u) % 2 == 0 ? "full of warmth" : "plain";
        return "1. Goal " + u + " (2006) - A drama " + tone + ".\n"
                + "2. Loner One (1990) - A western " + tone + ".\n"
                + "3. Blockbuster (1999) - An action film " + tone + ".\n";
    }

    @BeforeEach
    void runExperiment() throws Exception {
        store = new ExperimentStore(dir, LongHistoryUsers.write(dir.resolve("long")), "Long histories", MODEL_A,
                ExperimentJudgingTest::modelA);
        store.ollama.model(MODEL_B).replies(MODEL_B, ExperimentJudgingTest::modelB)
                .model(JUDGE).replies(JUDGE, WordJudge.scoring("warmth"));
        ExperimentRunner runner = store.runner(2);
        List<Configuration> configurations = List.of(
                Configuration.llm(ZeroShotDirectStrategy.ID, MODEL_A, GenerationOptions.defaults(),
                        PromptSettings.defaults()),
                Configuration.llm(ZeroShotDirectStrategy.ID, MODEL_B, GenerationOptions.defaults(),
                        PromptSettings.defaults()),
                Configuration.of(Baseline.POPULARITY));
        report = runner.run(runner.start(new ExperimentDefinition("Judged", store.datasetId, UserSample.random(0, 1),
                new Protocol(1, CandidateMode.OPEN_CATALOGUE, 0, 50, 1), configurations, 1)),
                ExperimentListener.NONE, new ExperimentControl());
        // No cache in between: every judge call the service makes reaches the fake and is counted there.
        var llm = new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(store.ollama.baseUrl()));
        var scores = new SqliteModelJudgementRepository(store.db);
        judging = new ExperimentJudging(new ModelJudgeService(llm, scores, Clock.systemUTC()), scores,
                new SqliteRunRepository(store.db), new RunHistories(new SqliteProfileRepository(store.db),
                new SqliteDatasetUsers(store.db)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int judgeCalls() {
        return (int) store.ollama.requests("/api/chat").stream()
                .filter(r -> r.json().path("model").asText().equals(JUDGE)).count();
    }

    @Test
    void meanScoresPerConfigurationFollowTheJudgesRuleWithUsersResampled() {
        assertThat(judging.plan(judge, report)).isEqualTo(new JudgePlan(EXPLANATIONS, 0));
        JudgeOutcome outcome = judging.judge(judge, report, JudgeProgress.NONE, new Cancellation());
        assertThat(outcome.judged()).isEqualTo(EXPLANATIONS);
        assertThat(outcome.unreadable()).isZero();
        assertThat(outcome.failures()).isEmpty();
        assertThat(judgeCalls()).isEqualTo(EXPLANATIONS);

        ExplanationQuality quality = judging.quality(report).get(0);
        assertThat(judging.quality(report)).hasSize(1);
        assertThat(quality.model()).isEqualTo(JUDGE);
        assertThat(quality.templateVersion()).isEqualTo(1);
        assertThat(quality.criteria()).extracting(c -> c.key())
                .containsExactly("relevance", "specificity", "persuasiveness", "faithfulness", "overall");
        assertThat(quality.label(quality.criteria().get(1)))
                .isEqualTo("Specificity (judge: judge-model:7b · judge-app-rubric v1)");

        String a = report.configurations().get(0).configuration().key();
        String b = report.configurations().get(1).configuration().key();
        String baseline = report.configurations().get(2).configuration().key();
        for (String criterion : List.of("relevance", "specificity", "persuasiveness", "faithfulness", "overall")) {
            Estimate forA = quality.estimate(a, criterion);
            assertThat(forA.mean()).isCloseTo(7 / 3.0, within(1e-12));
            assertThat(forA.low()).isCloseTo(7 / 3.0, within(1e-12));
            assertThat(forA.high()).isCloseTo(7 / 3.0, within(1e-12));
            assertThat(forA.users()).isEqualTo(LongHistoryUsers.USERS);
            Estimate forB = quality.estimate(b, criterion);
            assertThat(forB.mean()).isCloseTo(19 / 7.0, within(1e-12));
            // Users 1 to 7 in order, each with their three explanations: the user is what the bootstrap draws.
            double[] plain = {1, 1, 1};
            double[] warm = {5, 5, 5};
            Estimate byHand = Bootstrap.mean(List.of(plain, warm, plain, warm, plain, warm, plain),
                    report.definition().protocol().seed(), Bootstrap.DEFAULT_RESAMPLES);
            assertThat(forB.low()).isEqualTo(byHand.low());
            assertThat(forB.high()).isEqualTo(byHand.high());
            assertThat(forB.low()).isLessThan(19 / 7.0);
            assertThat(forB.high()).isGreaterThan(19 / 7.0);
            assertThat(quality.estimate(baseline, criterion).users()).isZero();
        }
    }

    @Test
    void aStoppedJudgeRunResumesAndAsksNothingTwice() {
        Cancellation cancel = new Cancellation();
        AtomicInteger seen = new AtomicInteger();
        JudgeOutcome stopped = judging.judge(judge, report, (done, total, note) -> {
            if (seen.incrementAndGet() == 10) {
                cancel.cancel();
            }
        }, cancel);
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.judged()).isEqualTo(10);
        assertThat(judgeCalls()).isEqualTo(10);
        assertThat(judging.plan(judge, report)).isEqualTo(new JudgePlan(EXPLANATIONS - 10, 10));

        JudgeOutcome resumed = judging.judge(judge, report, JudgeProgress.NONE, new Cancellation());
        assertThat(resumed.resumed()).isEqualTo(10);
        assertThat(resumed.judged()).isEqualTo(EXPLANATIONS - 10);
        assertThat(judgeCalls()).isEqualTo(EXPLANATIONS);

        JudgeOutcome again = judging.judge(judge, report, JudgeProgress.NONE, new Cancellation());
        assertThat(again.judged()).isZero();
        assertThat(again.resumed()).isEqualTo(EXPLANATIONS);
        assertThat(judgeCalls()).isEqualTo(EXPLANATIONS);
        assertThat(judging.plan(judge, report)).isEqualTo(new JudgePlan(0, EXPLANATIONS));
    }

    @Test
    void theSummaryCsvAndJsonCarryTheJudgesScoresNamingItsModelAndTemplateVersion() throws Exception {
        judging.judge(judge, report, JudgeProgress.NONE, new Cancellation());
        List<ExplanationQuality> judges = judging.quality(report);

        List<String> csv = ExperimentExport.summaryCsv(report, judges).lines().toList();
        assertThat(csv).contains("# Model judge judge-model:7b · judge-app-rubric v1: scores 1-5 given by the model"
                + " judge-model:7b with template judge-app-rubric version 1, not by people");
        String header = csv.stream().filter(l -> l.startsWith("configuration,")).findFirst().orElseThrow();
        List<String> columns = List.of(header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
        int overall = columns.indexOf("Overall (judge: judge-model:7b · judge-app-rubric v1)");
        assertThat(columns).contains("Relevance (judge: judge-model:7b · judge-app-rubric v1)");
        assertThat(overall).isPositive();
        assertThat(columns.subList(overall, overall + 4)).containsExactly(
                "Overall (judge: judge-model:7b · judge-app-rubric v1)",
                "Overall (judge: judge-model:7b · judge-app-rubric v1) 95% low",
                "Overall (judge: judge-model:7b · judge-app-rubric v1) 95% high",
                "Overall (judge: judge-model:7b · judge-app-rubric v1) users");
        List<String> rows = csv.subList(csv.indexOf(header) + 1, csv.size());
        assertThat(cells(rows.get(0)).subList(overall, overall + 4)).containsExactly("2.33333", "2.33333",
                "2.33333", "7");
        assertThat(cells(rows.get(1)).get(overall)).isEqualTo("2.71429");
        assertThat(cells(rows.get(2)).subList(overall, overall + 4)).containsExactly("", "", "", "0");
        // Without a judge the summary is what it always was.
        assertThat(ExperimentExport.summaryCsv(report, List.of())).isEqualTo(ExperimentExport.summaryCsv(report));

        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ExperimentExport.json(report, judges));
        var scored = json.path("configurations").get(1).path("modelJudges").get(0);
        assertThat(scored.path("model").asText()).isEqualTo(JUDGE);
        assertThat(scored.path("origin").asText()).isEqualTo("model");
        assertThat(scored.path("templateId").asText()).isEqualTo("judge-app-rubric");
        assertThat(scored.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(scored.path("scores").path("persuasiveness").path("mean").asDouble())
                .isCloseTo(19 / 7.0, within(1e-12));
        assertThat(scored.path("scores").path("persuasiveness").path("users").asInt()).isEqualTo(7);
    }

    private static List<String> cells(String row) {
        return List.of(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
    }
}
