package org.llm4rec.explorer.domain.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.llm4rec.explorer.domain.GenerationOptions;

/** Summaries with repeats and in any arrival order: the user is the unit, and the order never shows. */
class ExperimentAnalysisTest {
    private static final Configuration MODEL = Configuration.llm("llmrank-sequential", "llama3.2:latest",
            GenerationOptions.defaults(), PromptSettings.defaults());
    private static final long SEED = 42;
    private static final int USERS = 20;

    /** The target first in the list (a hit at 1) or absent, with a latency that differs by user and repeat. */
    private static UserResult result(int repeat, int user, boolean hit) {
        List<String> ranked = List.of(hit ? "t" + user : "x", "y", "z");
        return new UserResult(MODEL.key(), repeat, Integer.toString(user), Outcome.COMPLETED, "run-" + user,
                ranked, List.of("t" + user), 10 + user, new Validity(3, 0, 0, 0, 0),
                new PopularityFigures(40.0 + user, 55.0, 3.0), 900L + 37L * user + 11L * repeat, 120L, 400, 60, "");
    }

    /** Users 1–8 hit in every repeat, the others never. */
    private static List<UserResult> steadyUsers(int repeats) {
        List<UserResult> results = new ArrayList<>();
        for (int repeat = 0; repeat < repeats; repeat++) {
            for (int user = 1; user <= USERS; user++) {
                results.add(result(repeat, user, user <= 8));
            }
        }
        return results;
    }

    @Test
    void failedCallsAreCountedAndLeftOutOfEveryMetricNotScoredAsMisses() {
        List<UserResult> results = new ArrayList<>(steadyUsers(1).subList(0, 10));
        for (int user = 11; user <= USERS; user++) {
            results.add(new UserResult(MODEL.key(), 0, Integer.toString(user), Outcome.FAILED, null, List.of(),
                    List.of("t" + user), 10, Validity.NONE, null, 30L, null, null, null,
                    "Could not run: nothing answers at http://127.0.0.1:11434"));
        }

        ConfigurationSummary summary = ExperimentAnalysis.summarise(MODEL, results, 100, SEED);

        assertThat(summary.users()).isEqualTo(USERS);
        assertThat(summary.answeredUsers()).isEqualTo(10);
        assertThat(summary.failedRuns()).isEqualTo(10);
        assertThat(summary.metric(Metric.HR_1).mean()).isCloseTo(0.8, within(1e-12));
        assertThat(summary.metric(Metric.HR_1).users()).isEqualTo(10);
        assertThat(summary.metric(Metric.LATENCY_MS).users()).isEqualTo(10);
        assertThat(summary.validity().failed()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void everyCallFailingLeavesTheMetricsUnmeasuredNotZero() {
        List<UserResult> results = new ArrayList<>();
        for (int user = 1; user <= 3; user++) {
            results.add(new UserResult(MODEL.key(), 0, Integer.toString(user), Outcome.FAILED, null, List.of(),
                    List.of("t" + user), 10, Validity.NONE, null, null, null, null, null, "server down"));
        }

        ConfigurationSummary summary = ExperimentAnalysis.summarise(MODEL, results, 100, SEED);

        assertThat(summary.answeredUsers()).isZero();
        assertThat(summary.metric(Metric.HR_1).users()).isZero();
        assertThat(summary.metric(Metric.HR_1).mean()).isNaN();
    }

    @Test
    void identicalRepeatsNeitherAddUsersNorNarrowTheInterval() {
        ConfigurationSummary once = ExperimentAnalysis.summarise(MODEL, steadyUsers(1), 100, SEED);
        ConfigurationSummary thrice = ExperimentAnalysis.summarise(MODEL, steadyUsers(3), 100, SEED);

        assertThat(once.users()).isEqualTo(USERS);
        assertThat(once.runs()).isEqualTo(USERS);
        assertThat(thrice.users()).isEqualTo(USERS);
        assertThat(thrice.runs()).isEqualTo(3 * USERS);
        Estimate one = once.metric(Metric.HR_1);
        Estimate three = thrice.metric(Metric.HR_1);
        assertThat(three.users()).isEqualTo(USERS);
        assertThat(three.mean()).isCloseTo(0.4, within(1e-12));
        // Drawing a user draws all three of their (identical) repeats: the same 20 draws, the same interval.
        assertThat(three.low()).isEqualTo(one.low());
        assertThat(three.high()).isEqualTo(one.high());
        assertThat(three.high() - three.low()).isGreaterThan(0.3);
        assertThat(one.repeatSpread()).isNaN();
        assertThat(three.repeatSpread()).isCloseTo(0, within(1e-12));

        // Had the 60 results been taken as 60 users, the interval would be about √3 times narrower.
        double[] asIfUsers = ExperimentAnalysis.values(steadyUsers(3), Metric.HR_1);
        Estimate inflated = Bootstrap.mean(asIfUsers, SEED, Bootstrap.DEFAULT_RESAMPLES);
        assertThat(inflated.users()).isEqualTo(60);
        assertThat(inflated.high() - inflated.low()).isLessThan((three.high() - three.low()) / 1.4);
    }

    @Test
    void theSpreadAcrossRepeatsIsTheStandardDeviationOfEachRepeatsMean() {
        List<UserResult> results = new ArrayList<>(steadyUsers(3));
        // User 9 hits in the first repeat only: HR@1 per repeat is 9/20, 8/20, 8/20.
        results.set(8, result(0, 9, true));

        ConfigurationSummary summary = ExperimentAnalysis.summarise(MODEL, results, 100, SEED);

        Estimate hr = summary.metric(Metric.HR_1);
        assertThat(hr.mean()).isCloseTo(25.0 / 60, within(1e-12));
        // Per-repeat means 0.45, 0.40, 0.40: mean 0.41667, sample SD √((0.0333² + 2·0.01667²) / 2) = 0.028868.
        assertThat(hr.repeatSpread()).isCloseTo(0.0288675, within(1e-6));
        assertThat(hr.users()).isEqualTo(USERS);
        assertThat(summary.users()).isEqualTo(USERS);
    }

    @Test
    void theOrderResultsArriveInChangesNoFigure() {
        List<UserResult> results = new ArrayList<>(steadyUsers(2));
        results.set(30, result(1, 11, true));
        ConfigurationSummary inOrder = ExperimentAnalysis.summarise(MODEL, results, 100, SEED);

        for (long shuffle = 1; shuffle <= 5; shuffle++) {
            List<UserResult> arrived = new ArrayList<>(results);
            Collections.shuffle(arrived, new Random(shuffle));
            assertThat(ExperimentAnalysis.summarise(MODEL, arrived, 100, SEED)).isEqualTo(inOrder);
        }
        assertThat(inOrder.metric(Metric.HR_1).low()).isLessThan(inOrder.metric(Metric.HR_1).mean());
    }
}
