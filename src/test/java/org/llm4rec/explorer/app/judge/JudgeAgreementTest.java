package org.llm4rec.explorer.app.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.domain.judge.CriterionAgreement;
import org.llm4rec.explorer.domain.judge.Disagreement;
import org.llm4rec.explorer.domain.judge.Judge;
import org.llm4rec.explorer.domain.judge.JudgeAgreement;
import org.llm4rec.explorer.domain.judge.JudgeRubric;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteJudgeRepository;
import org.llm4rec.explorer.store.SqliteModelJudgementRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;

/**
 * The rule-following judge (relevance = sentences, faithfulness = 6 − sentences) over HTTP, against two people's
 * ratings and three blind votes stored in SQLite; every figure below is worked out by hand in the comments.
 */
class JudgeAgreementTest {
    private static final String MODEL = "qwen2.5:7b";

    @TempDir
    Path dir;
    private FakeOllama ollama;
    private Database db;

    @BeforeEach
    void setUp() {
        ollama = FakeOllama.start().model(MODEL).replies(MODEL, JudgeFixtures::ruleJudge);
        db = Database.open(dir.resolve("store.db"));
    }

    @AfterEach
    void tearDown() {
        ollama.close();
        db.close();
    }

    @Test
    void measuresTheJudgeAgainstPeopleAndPeopleAgainstEachOther() {
        var modelScores = new SqliteModelJudgementRepository(db);
        var people = new SqliteJudgeRepository(db);
        var service = new ModelJudgeService(new OllamaLlmClient(OllamaSettings.defaults()
                .withBaseUrl(ollama.baseUrl())), modelScores, Clock.systemUTC());
        Judge judge = Judge.of(MODEL, JudgeRubric.APP);
        // run-a's explanations have 1..5 sentences by rank, run-b's 5..1.
        RunRecord runA = JudgeFixtures.run("run-a", 1, 2, 3, 4, 5);
        RunRecord runB = JudgeFixtures.run("run-b", 5, 4, 3, 2, 1);
        new SqliteRunRepository(db).save(runA);
        new SqliteRunRepository(db).save(runB);
        service.judge(judge, List.of(new JudgedRun(runA, JudgeFixtures.HISTORY),
                new JudgedRun(runB, JudgeFixtures.HISTORY)), JudgeProgress.NONE, new Cancellation());
        JudgeFixtures.ratePeople(people);

        JudgeAgreement agreement = JudgeAgreement.of(judge.id(), JudgeRubric.APP, modelScores.all(),
                people.allRatings(), people.allVotes(), 3);

        CriterionAgreement relevance = agreement.criteria().get(0);
        // Judge 1..5 twice against Ann's (1,2,4,3,5) and Ben's (1,2,3,4,5): two of ten pairs one apart, so
        // κ = 1 − (2/16/10)/0.25 = 0.95; ρ over tied ranks is the correlation of the raw pairs, 19/20.
        assertThat(relevance.pairs()).isEqualTo(10);
        assertThat(relevance.kappa()).isCloseTo(0.95, within(1e-12));
        assertThat(relevance.rho()).isCloseTo(0.95, within(1e-12));
        // Ann against Ben: the swap of 3 and 4, κ = ρ = 0.9.
        assertThat(relevance.raterPairs()).isEqualTo(5);
        assertThat(relevance.raterKappa()).isCloseTo(0.9, within(1e-12));
        assertThat(relevance.raterRho()).isCloseTo(0.9, within(1e-12));
        // People gave faithfulness 3 throughout: the judge's disagreement is exactly what chance predicts (κ = 0),
        // and a constant has no ranks to correlate.
        assertThat(agreement.criteria().get(3).kappa()).isCloseTo(0.0, within(1e-12));
        assertThat(agreement.criteria().get(3).rho()).isNaN();

        // Finding Nemo: judge means 2 (run-a) and 4 (run-b), people chose B: agree. Shrek: 4 and 2, people chose B:
        // disagree. Beauty and the Beast: 3 and 3, a judge tie. Mulan was a tie vote and says nothing.
        assertThat(agreement.votes().comparable()).isEqualTo(2);
        assertThat(agreement.votes().agreeing()).isEqualTo(1);
        assertThat(agreement.votes().judgeTies()).isEqualTo(1);

        // Rank 4: |4 − 3.5| on three criteria and |2 − 3| on faithfulness, 2.5 / 4. Then ranks 1 and 5 at 2 / 4.
        assertThat(agreement.disagreements()).extracting(Disagreement::rank, Disagreement::gap)
                .containsExactly(tuple(4, 0.625),
                        tuple(1, 0.5), tuple(5, 0.5));
    }
}
