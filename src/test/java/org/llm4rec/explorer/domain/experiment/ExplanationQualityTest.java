package org.llm4rec.explorer.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.judge.JudgeCriterion;
import org.llm4rec.explorer.domain.judge.ModelJudgement;

/** A model judge's mean scores per configuration, worked out by hand. */
class ExplanationQualityTest {
    private static final Configuration MODEL = Configuration.llm("zero-shot-direct", "llama3.2:latest",
            GenerationOptions.defaults(), PromptSettings.defaults());
    private static final Configuration POPULARITY = Configuration.of(Baseline.POPULARITY);
    private static final String JUDGE = "qwen2.5:7b · judge-app-rubric v2";
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");

    private static UserResult result(int repeat, String user, String runId, Configuration configuration) {
        return new UserResult(configuration.key(), repeat, user, Outcome.COMPLETED, runId, List.of("a", "b"),
                List.of("t"), 12, Validity.NONE, null, null, null, null, null, "");
    }

    private static ModelJudgement judged(String judgeId, String template, String runId, int rank,
                                         Map<String, Integer> scores) {
        return new ModelJudgement(judgeId, judgeId.substring(0, judgeId.indexOf(' ')), template, 2, runId, rank,
                "Film " + rank, scores, "", "{}", scores.isEmpty() ? "no scores" : "", AT);
    }

    private static Map<String, Integer> all(int score) {
        return Map.of("relevance", score, "specificity", score, "persuasiveness", score, "faithfulness", score);
    }

    private static ExperimentReport report(List<UserResult> results) {
        ExperimentDefinition definition = new ExperimentDefinition("Judged", "ml", UserSample.random(0, 1),
                new Protocol(1, CandidateMode.OPEN_CATALOGUE, 0, 50, 42), List.of(MODEL, POPULARITY), 2);
        List<ConfigurationSummary> summaries = List.of(
                ExperimentAnalysis.summarise(MODEL, results.stream().filter(r -> r.runId() != null).toList(), 10, 42),
                ExperimentAnalysis.summarise(POPULARITY, results.stream().filter(r -> r.runId() == null).toList(),
                        10, 42));
        return new ExperimentReport("x", definition, 2, Map.of(), summaries, results);
    }

    @Test
    void twoUsersOneAlwaysFiveOneAlwaysOneGiveMeanThreeAndTheWholeRangeAsInterval() {
        // Ann's two explanations score 5, Ben's two score 1. A resample draws two users: (Ann, Ann) = 5 with
        // chance 1/4, one of each = 3 with chance 1/2, (Ben, Ben) = 1 with chance 1/4; of 1000 resamples far more
        // than 25 are (Ben, Ben) and far more than 25 (Ann, Ann), so the 2.5th and 97.5th percentiles are 1 and 5.
        List<UserResult> results = List.of(result(0, "ann", "run-ann", MODEL), result(0, "ben", "run-ben", MODEL),
                result(0, "ann", null, POPULARITY), result(0, "ben", null, POPULARITY));
        List<ModelJudgement> judgements = List.of(judged(JUDGE, "judge-app-rubric", "run-ann", 1, all(5)),
                judged(JUDGE, "judge-app-rubric", "run-ann", 2, all(5)),
                judged(JUDGE, "judge-app-rubric", "run-ben", 1, all(1)),
                judged(JUDGE, "judge-app-rubric", "run-ben", 2, all(1)),
                judged(JUDGE, "judge-app-rubric", "run-of-another-experiment", 1, all(1)));

        List<ExplanationQuality> judges = ExplanationQuality.of(report(results), judgements);

        assertThat(judges).singleElement().satisfies(q -> {
            assertThat(q.model()).isEqualTo("qwen2.5:7b");
            assertThat(q.templateVersion()).isEqualTo(2);
            assertThat(q.label(q.criteria().get(0))).isEqualTo("Relevance (judge: " + JUDGE + ")");
            Estimate specificity = q.estimate(MODEL.key(), "specificity");
            assertThat(specificity.mean()).isCloseTo(3.0, within(1e-12));
            assertThat(specificity.low()).isEqualTo(1.0);
            assertThat(specificity.high()).isEqualTo(5.0);
            assertThat(specificity.users()).isEqualTo(2);
            assertThat(q.estimate(POPULARITY.key(), "specificity")).isEqualTo(Estimate.NONE);
        });
    }

    @Test
    void aUserBringsEveryRepeatAndOverallIsTheMeanOfEachExplanationsScores() {
        // Ann: repeat 0 one explanation (relevance 4, others 2: overall 2.5), repeat 1 one unreadable answer;
        // Ben: repeat 0 two explanations, relevance 1 and 3 (others 3: overall 2.5 and 3), repeat 1 none judged.
        List<UserResult> results = List.of(result(0, "ann", "a0", MODEL), result(1, "ann", "a1", MODEL),
                result(0, "ben", "b0", MODEL), result(1, "ben", "b1", MODEL));
        List<ModelJudgement> judgements = List.of(
                judged(JUDGE, "judge-app-rubric", "a0", 1, Map.of("relevance", 4, "specificity", 2,
                        "persuasiveness", 2, "faithfulness", 2)),
                judged(JUDGE, "judge-app-rubric", "a1", 1, Map.of()),
                judged(JUDGE, "judge-app-rubric", "b0", 1, Map.of("relevance", 1, "specificity", 3,
                        "persuasiveness", 3, "faithfulness", 3)),
                judged(JUDGE, "judge-app-rubric", "b0", 2, all(3)));

        ExplanationQuality q = ExplanationQuality.of(report(results), judgements).get(0);

        assertThat(q.estimate(MODEL.key(), "relevance").mean()).isCloseTo((4 + 1 + 3) / 3.0, within(1e-12));
        assertThat(q.estimate(MODEL.key(), "relevance").users()).isEqualTo(2);
        assertThat(q.estimate(MODEL.key(), "overall").mean()).isCloseTo((2.5 + 2.5 + 3) / 3.0, within(1e-12));
        assertThat(q.estimate(MODEL.key(), "faithfulness").mean()).isCloseTo((2 + 3 + 3) / 3.0, within(1e-12));
    }

    @Test
    void eachJudgeIsKeptApartAndAnEditedUnknownTemplateIsSummarisedUnderTheKeysItAnswered() {
        List<UserResult> results = new ArrayList<>(List.of(result(0, "ann", "a0", MODEL)));
        String other = "gemma2:9b · my-judge v2";
        List<ModelJudgement> judgements = List.of(judged(JUDGE, "judge-app-rubric", "a0", 1, all(4)),
                judged(other, "my-judge", "a0", 1, Map.of("warmth", 2, "clarity", 5)));

        List<ExplanationQuality> judges = ExplanationQuality.of(report(results), judgements);

        assertThat(judges).extracting(ExplanationQuality::judgeId).containsExactly(JUDGE, other);
        assertThat(judges.get(0).estimate(MODEL.key(), "overall").mean()).isEqualTo(4.0);
        assertThat(judges.get(1).criteria()).extracting(JudgeCriterion::label)
                .containsExactly("Clarity", "Warmth", "Overall");
        assertThat(judges.get(1).estimate(MODEL.key(), "overall").mean()).isEqualTo(3.5);
        assertThat(judges.get(1).estimate(MODEL.key(), "relevance")).isEqualTo(Estimate.NONE);
    }
}
