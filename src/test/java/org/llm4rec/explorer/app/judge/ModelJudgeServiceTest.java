package org.llm4rec.explorer.app.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.server.CachingLlmClient;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.judge.LabelOrigin;
import org.llm4rec.explorer.domain.judge.ModelJudgement;
import org.llm4rec.explorer.domain.judge.PairwiseSummary;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.prompt.PromptTemplate;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteModelJudgementRepository;
import org.llm4rec.explorer.store.SqliteResponseCache;

/** Model judges over real HTTP to the fake Ollama, through the response cache, stored in a real SQLite file. */
class ModelJudgeServiceTest {
    private static final String RULE_JUDGE = "qwen2.5:7b";
    private static final String FAIR_PAIR_JUDGE = "gemma2:9b";
    private static final String BIASED_PAIR_JUDGE = "llama3.2:1b";

    @TempDir
    Path dir;
    private FakeOllama ollama;
    private Database db;
    private SqliteModelJudgementRepository store;
    private ModelJudgeService service;

    private final JudgedRun shortFirst = new JudgedRun(JudgeFixtures.run("run-a", 1, 2, 3, 4, 5),
            JudgeFixtures.HISTORY);
    private final JudgedRun longFirst = new JudgedRun(JudgeFixtures.run("run-b", 5, 4, 3, 2, 1),
            JudgeFixtures.HISTORY);

    @BeforeEach
    void setUp() {
        ollama = FakeOllama.start().model(RULE_JUDGE).replies(RULE_JUDGE, JudgeFixtures::ruleJudge)
                .model(FAIR_PAIR_JUDGE).replies(FAIR_PAIR_JUDGE, JudgeFixtures::longerWins)
                .model(BIASED_PAIR_JUDGE).replies(BIASED_PAIR_JUDGE, JudgeFixtures::firstWins);
        db = Database.open(dir.resolve("store.db"));
        store = new SqliteModelJudgementRepository(db);
        var llm = new CachingLlmClient(new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(ollama.baseUrl())),
                new SqliteResponseCache(db));
        service = new ModelJudgeService(llm, store, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        ollama.close();
        db.close();
    }

    @Test
    void scoresEveryExplanationByTheJudgesRuleWhateverShapeTheAnswerTakes() {
        Judge judge = Judge.of(RULE_JUDGE, JudgeRubric.APP);

        JudgeOutcome outcome = service.judge(judge, List.of(shortFirst), JudgeProgress.NONE, new Cancellation());

        assertThat(outcome.judged()).isEqualTo(5);
        assertThat(outcome.unreadable()).isZero();
        List<ModelJudgement> stored = store.all();
        assertThat(stored).hasSize(5).allSatisfy(j -> {
            int n = j.rank();
            assertThat(j.scores()).containsEntry("relevance", n).containsEntry("specificity", n)
                    .containsEntry("persuasiveness", n).containsEntry("faithfulness", 6 - n);
            assertThat(j.reason()).isNotBlank();
            assertThat(j.judgeId()).isEqualTo(RULE_JUDGE + " · judge-app-rubric v1");
            assertThat(j.templateVersion()).isEqualTo(1);
            assertThat(j.origin()).isEqualTo(LabelOrigin.MODEL);
        });
        String prompt = ollama.requests("/api/chat").get(0).body();
        assertThat(prompt).contains("- Toy Story (1995)", "Finding Nemo (2003)",
                "Since you loved Toy Story, this Pixar film fits.", "faithfulness: Only cites things");
    }

    @Test
    void aStoppedJudgeRunResumesWithoutAskingAgainWhatItStored() {
        Judge judge = Judge.of(RULE_JUDGE, JudgeRubric.APP);
        Cancellation cancel = new Cancellation();

        JudgeOutcome first = service.judge(judge, List.of(shortFirst, longFirst),
                (done, total, note) -> {
                    if (done == 3) {
                        cancel.cancel();
                    }
                }, cancel);
        assertThat(first.cancelled()).isTrue();
        assertThat(store.all()).hasSize(3);
        int asked = ollama.requests("/api/chat").size();

        JudgeOutcome second = service.judge(judge, List.of(shortFirst, longFirst), JudgeProgress.NONE,
                new Cancellation());

        assertThat(second.resumed()).isEqualTo(3);
        assertThat(second.judged()).isEqualTo(7);
        assertThat(store.all()).hasSize(10);
        assertThat(ollama.requests("/api/chat").size() - asked).isEqualTo(7);
    }

    @Test
    void anEditedTemplateIsAnotherJudgeWhoseScoresAreKeptApart() {
        Judge builtIn = Judge.of(RULE_JUDGE, JudgeRubric.APP);
        PromptTemplate edited = new PromptTemplate("judge-app-rubric", 2,
                builtIn.template().text().replace("You are judging", "You are a strict critic judging"));

        service.judge(builtIn, List.of(shortFirst), JudgeProgress.NONE, new Cancellation());
        JudgeOutcome again = service.judge(new Judge(RULE_JUDGE, JudgeRubric.APP, edited), List.of(shortFirst),
                JudgeProgress.NONE, new Cancellation());

        assertThat(again.judged()).isEqualTo(5);
        assertThat(store.all()).extracting(ModelJudgement::judgeId).containsOnly(builtIn.id(),
                RULE_JUDGE + " · judge-app-rubric v2");
    }

    @Test
    void aFairPairwiseJudgeIsConsistentInBothOrdersAndShowsNoPositionBias() {
        PromptTemplate pairwise = JudgeRubric.defaultPairwiseTemplate();

        JudgeOutcome outcome = service.judgePairs(FAIR_PAIR_JUDGE, pairwise, shortFirst, longFirst,
                JudgeProgress.NONE, new Cancellation());
        PairwiseSummary summary = service.pairSummary(FAIR_PAIR_JUDGE, pairwise, "run-a", "run-b");

        assertThat(outcome.judged()).isEqualTo(10);
        // Ranks 1 and 2 favour run-b, 4 and 5 run-a, 3 is a tie: in both orders.
        assertThat(summary.judgements()).isEqualTo(10);
        assertThat(summary.wins("run-a")).isEqualTo(4);
        assertThat(summary.wins("run-b")).isEqualTo(4);
        assertThat(summary.ties()).isEqualTo(2);
        assertThat(summary.positionBias().leftShare()).isEqualTo(0.5);
        assertThat(summary.positionBias().significant()).isFalse();
        assertThat(summary.selfConsistency()).isEqualTo(1.0);
    }

    @Test
    void aJudgeThatAlwaysPicksTheFirstExplanationIsCaughtAsPositionBiased() {
        PromptTemplate pairwise = JudgeRubric.defaultPairwiseTemplate();

        service.judgePairs(BIASED_PAIR_JUDGE, pairwise, shortFirst, longFirst, JudgeProgress.NONE,
                new Cancellation());
        PairwiseSummary summary = service.pairSummary(BIASED_PAIR_JUDGE, pairwise, "run-a", "run-b");

        assertThat(summary.positionBias().leftShare()).isEqualTo(1.0);
        assertThat(summary.positionBias().significant()).isTrue();
        assertThat(summary.selfConsistency()).isZero();
        assertThat(summary.wins("run-a")).isEqualTo(summary.wins("run-b"));
    }
}
