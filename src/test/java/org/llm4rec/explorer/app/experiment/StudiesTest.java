package org.llm4rec.explorer.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.export.StudyHtml;
import org.llm4rec.explorer.domain.experiment.Estimate;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;
import org.llm4rec.explorer.domain.prompt.Strategies;
import org.llm4rec.explorer.domain.study.Study;
import org.llm4rec.explorer.domain.study.StudyKind;
import org.llm4rec.explorer.domain.study.StudyOutcome;
import org.llm4rec.explorer.domain.study.StudySpec;
import org.llm4rec.explorer.domain.study.SweepAxis;
import org.llm4rec.explorer.domain.study.SweepParameter;
import org.llm4rec.explorer.fake.RecordedRequest;
import org.llm4rec.explorer.store.SqliteTemplateRepository;

/**
 * Every study end to end: the dataset imported into a real SQLite file, the scripted model behind the fake Ollama
 * over HTTP, the experiments through the one runner, and the finding read back as a user reads it.
 */
class StudiesTest {
    static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;
    private ExperimentStore store;

    @AfterEach
    void tearDown() {
        if (store != null) {
            store.close();
        }
    }

    private StudyRunner runner(Function<StudyUsers, Function<String, String>> model) throws Exception {
        StudyUsers users = StudyUsers.write(dir.resolve("study-users"));
        store = new ExperimentStore(dir, users.folder, "Study users", MODEL, model.apply(users));
        return new StudyRunner(store.runner(4));
    }

    private StudySpec spec(StudyKind kind) {
        return StudySpec.of(kind, store.datasetId, UserSample.random(0, 42), MODEL);
    }

    private static StudyOutcome run(StudyRunner runner, Study study) {
        List<Integer> experimentsSeen = Collections.synchronizedList(new ArrayList<>());
        StudyOutcome outcome = runner.run(runner.withInstalledNames(study), false,
                (index, count, progress) -> experimentsSeen.add(index), new ExperimentControl());
        assertThat(experimentsSeen).contains(study.definitions().size() - 1);
        return outcome;
    }

    private static List<Double> means(StudyOutcome outcome, int curve) {
        return outcome.curves().get(curve).points().stream().map(p -> p.estimate().mean()).toList();
    }

    @Test
    void aModelThatIgnoresTheHistoryShowsNoOrderEffect() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::ignoresTheHistory);

        StudyOutcome outcome = run(runner, Study.plan("Order", spec(StudyKind.ORDER)));

        List<Double> ndcg = means(outcome, 0);
        assertThat(ndcg.get(1)).isEqualTo(ndcg.get(0));
        assertThat(ndcg.get(2)).isEqualTo(ndcg.get(0));
        assertThat(outcome.curves().get(0).points()).allSatisfy(p -> assertThat(p.estimate().users())
                .isEqualTo(StudyUsers.USERS));
        assertThat(outcome.finding()).contains("does not perceive order").contains("hardly uses the history")
                .contains("LLMRank, ChatGPT, ML-1M, read from Fig. 1a: Real order 0.466, Shuffled 0.463,"
                        + " Fake history 0.380");
        assertThat(store.ollama.requests("/api/chat")).hasSize(3 * StudyUsers.USERS);
    }

    @Test
    void aModelThatReadsWhatTheHistoryHoldsButNotItsOrderLosesOnlyWithAFakeHistory() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::followsTheSeriesInTheHistory);

        StudyOutcome outcome = run(runner, Study.plan("Order", spec(StudyKind.ORDER)));

        List<Double> ndcg = means(outcome, 0);
        // Every user's series is within the last 50 items, so the model finds every target in either order.
        assertThat(ndcg.get(0)).isEqualTo(1.0);
        assertThat(ndcg.get(1)).isEqualTo(1.0);
        assertThat(ndcg.get(2)).isLessThan(0.5);
        assertThat(outcome.finding()).contains("shuffled: 1.000 (the same, within the noise")
                .contains("uses what the history holds but not its order").contains("a clear difference");
    }

    @Test
    void theLongerTheHistoryShownTheMoreUsersShowTheClueAndTheCurveRises() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::followsTheSeriesInTheHistory);

        StudyOutcome outcome = run(runner, Study.plan("Length", spec(StudyKind.HISTORY_LENGTH)));

        List<Double> ndcg = means(outcome, 0);
        assertThat(ndcg).isSortedAccordingTo(Double::compare);
        assertThat(ndcg.get(3)).isEqualTo(1.0);
        // K=5 shows the series' first film to users 1–5 only: they score 1, the others less.
        assertThat(ndcg.get(0)).isLessThan(0.5);
        assertThat(outcome.finding()).startsWith("NDCG@10 goes from").contains(" at K=5 to 1.000 at K=50")
                .contains("higher, a clear difference").contains("Highest at K=50");
        assertThat(outcome.study().references()).isEmpty();
    }

    @Test
    void aModelThatKeepsTheListedOrderGivesAFallingPositionCurveThatBootstrappingFlattens() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::keepsTheListedOrder);

        StudyOutcome outcome = run(runner, Study.plan("Position", spec(StudyKind.POSITION_BIAS)));

        List<Double> once = means(outcome, 0);
        // The target ranked where it stands: NDCG@10 = 1/log2(position + 1), 0 beyond 10.
        assertThat(once.get(0)).isCloseTo(1.0, within(1e-9));
        assertThat(once.get(1)).isCloseTo(1 / (Math.log(6) / Math.log(2)), within(1e-9));
        assertThat(once.get(4)).isZero();
        List<Double> bootstrapped = means(outcome, 1);
        assertThat(bootstrapped.get(0) - bootstrapped.get(4)).isLessThan(once.get(0) - once.get(4));
        assertThat(outcome.curves().get(1).series()).isEqualTo("Bootstrapped, B=3");
        assertThat(outcome.finding()).contains("With the target at position 1, NDCG@10 is 1.000; at position 20 it"
                + " is 0.000, 100% lower").contains("position bias.")
                .contains("Bootstrapped, B=3 narrows the gap from 100% to")
                .contains("LLMRank, ChatGPT, ML-1M, read from Fig. 2a: 5 0.490, 19 0.260");
        // Ranked once and in three orders at each of the five positions.
        assertThat(store.ollama.requests("/api/chat")).hasSize(5 * 4 * StudyUsers.USERS);
    }

    @Test
    void aModelThatPicksTheMostWatchedShowsPopularityBias() throws Exception {
        StudyRunner runner = runner(StudyUsers::popularFirst);

        StudyOutcome outcome = run(runner, Study.plan("Popularity", spec(StudyKind.POPULARITY_BIAS)
                .withValues(List.of("5", "50"))));

        assertThat(outcome.curves()).extracting(StudyOutcome.Curve::series)
                .containsExactly("Model's first pick", "A random candidate", "The history shown");
        List<Double> model = means(outcome, 0);
        List<Double> random = means(outcome, 1);
        assertThat(model.get(0)).isGreaterThan(random.get(0) + 20);
        assertThat(outcome.finding()).contains("With K=5, the model's first pick sits at popularity percentile")
                .contains("popularity bias.").doesNotContain("no clear popularity bias");
    }

    @Test
    void strategiesAreComparedWithTheBaselinesInTheLayoutOfTableTwo() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::followsTheSeriesInTheHistory);

        StudyOutcome outcome = run(runner, Study.plan("Strategies", spec(StudyKind.STRATEGIES)));

        assertThat(outcome.curves()).extracting(StudyOutcome.Curve::series).containsExactly(MODEL, "Baselines");
        assertThat(outcome.curves().get(0).points()).extracting(StudyOutcome.CurvePoint::xLabel)
                .containsExactly("Sequential", "Recency-focused", "In-context");
        assertThat(means(outcome, 0)).allSatisfy(ndcg -> assertThat(ndcg).isEqualTo(1.0));
        assertThat(means(outcome, 1)).allSatisfy(ndcg -> assertThat(ndcg).isLessThan(0.6));
        assertThat(outcome.finding()).contains("Best prompt: ").contains("a clear difference")
                .contains("LLMRank, ChatGPT, ML-1M, Table 2: Sequential 0.429, Recency-focused 0.442,"
                        + " In-context 0.458");
        assertThat(outcome.table()).contains("Recency-focused").contains("0.442");
    }

    @Test
    void sweepingMWithAPositionBiasedModelFallsAsTheTargetHidesAmongMore() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::keepsTheListedOrder);
        Study study = Study.plan("M", spec(StudyKind.SWEEP).withSweep(SweepParameter.CANDIDATES,
                List.of("5", "10", "20")));

        StudyOutcome outcome = run(runner, study);

        List<Double> ndcg = means(outcome, 0);
        assertThat(ndcg.get(0)).isGreaterThan(ndcg.get(1));
        assertThat(ndcg.get(1)).isGreaterThan(ndcg.get(2));
        assertThat(outcome.finding()).contains("at candidates=5 to").contains("lower, a clear difference");
        assertThat(outcome.csv()).startsWith("series,x_label,x,measure,mean,low,high,users\n")
                .contains(MODEL + ",candidates=20,20.0,NDCG@10,");
    }

    @Test
    void aStudyRunAgainWithResumeReusesEveryStoredExperimentAndCallsNoModel() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::ignoresTheHistory);
        Study study = runner.withInstalledNames(Study.plan("Order", spec(StudyKind.ORDER)));
        StudyOutcome first = run(runner, study);
        int calls = store.ollama.requests("/api/chat").size();

        StudyOutcome again = runner.run(study, true, (index, count, progress) -> { }, new ExperimentControl());

        assertThat(store.ollama.requests("/api/chat")).hasSize(calls);
        assertThat(again.curves()).isEqualTo(first.curves());
        assertThat(again.finding()).isEqualTo(first.finding());
        Estimate real = again.curves().get(0).points().get(0).estimate();
        assertThat(real.low()).isLessThanOrEqualTo(real.mean());
    }

    @Test
    void aSweepOfKInPanelsOfMDrawsOneRisingCurvePerPanelOnTheSameUsers() throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::followsTheSeriesInTheHistory);
        Study study = Study.plan("K by M", spec(StudyKind.SWEEP).withSweep(SweepParameter.HISTORY,
                List.of("5", "50")).withPanels(List.of(new SweepAxis(SweepParameter.CANDIDATES, List.of("5", "20")))));

        StudyOutcome outcome = run(runner, study);

        assertThat(outcome.curves()).extracting(StudyOutcome.Curve::panel)
                .containsExactly("candidates=5", "candidates=20");
        List<Double> fewCandidates = means(outcome, 0);
        List<Double> manyCandidates = means(outcome, 1);
        // K=50 shows every user their series: the sequel comes first whatever M. At K=5 most users see no clue and
        // the model ranks by title, so the target fares better among 5 candidates than among 20.
        assertThat(fewCandidates.get(1)).isEqualTo(1.0);
        assertThat(manyCandidates.get(1)).isEqualTo(1.0);
        assertThat(fewCandidates.get(0)).isLessThan(1.0).isGreaterThan(manyCandidates.get(0) + 0.15);
        assertThat(outcome.finding()).startsWith("With candidates=5, NDCG@10 goes from")
                .contains("With candidates=20, NDCG@10 goes from " + String.format(java.util.Locale.ROOT, "%.3f",
                        manyCandidates.get(0)) + " at history=5 to 1.000 at history=50")
                .contains("Highest of all at history=50 with candidates=5 (1.000).");
        assertThat(outcome.table().lines().findFirst().orElseThrow()).startsWith("panel  ")
                .contains("K (history items)");
        assertThat(outcome.table()).contains("candidates=20  " + MODEL + "  history=50");
        assertThat(outcome.csv()).startsWith("panel,series,x_label,x,measure,mean,low,high,users\n")
                .contains("candidates=5," + MODEL + ",history=5,5.0,NDCG@10,");
        assertThat(store.ollama.requests("/api/chat")).hasSize(4 * StudyUsers.USERS);

        String page = page(outcome, "Study users");
        assertThat(page).contains(">candidates=5</text>").contains(">candidates=20</text>")
                .contains("One chart per M (candidates), all on one y axis.").contains("<th>panel</th>");
    }

    @Test
    void aSavedTemplateVersionThatAsksForSequelsFirstIsComparedWithTheBuiltInOne() throws Exception {
        StudyRunner runner = runner(users -> prompt -> prompt.contains("continue a series")
                ? StudyUsers.followsTheSeriesInTheHistory(prompt) : StudyUsers.ignoresTheHistory(prompt));
        String builtIn = Strategies.byId(RankingStrategy.SEQUENTIAL).orElseThrow().defaultTemplate().text();
        String edited = builtIn.replace("judging from my history.", "judging from my history. Films that continue"
                + " a series I have started should come first.");
        assertThat(edited).isNotEqualTo(builtIn);
        new SqliteTemplateRepository(store.db).saveNew(RankingStrategy.SEQUENTIAL, "Sequels first", edited);
        Study study = Study.plan("Templates", spec(StudyKind.SWEEP).withSweep(SweepParameter.TEMPLATE,
                List.of("1", "2")));

        StudyOutcome outcome = run(runner, study);

        assertThat(outcome.curves().get(0).points()).extracting(StudyOutcome.CurvePoint::xLabel)
                .containsExactly("template v1", "template v2");
        List<Double> ndcg = means(outcome, 0);
        assertThat(ndcg.get(0)).isLessThan(0.6);
        assertThat(ndcg.get(1)).isEqualTo(1.0);
        assertThat(outcome.finding()).contains(" at template v1 to 1.000 at template v2")
                .contains("higher, a clear difference");
        List<RecordedRequest> chats = store.ollama.requests("/api/chat");
        assertThat(chats).hasSize(2 * StudyUsers.USERS);
        assertThat(chats.stream().filter(r -> r.body().contains("continue a series"))).hasSize(StudyUsers.USERS);
        assertThat(study.definitions().get(1).configurations().get(0).label()).endsWith(" · template v2");

        Study missing = runner.withInstalledNames(Study.plan("Missing", spec(StudyKind.SWEEP)
                .withSweep(SweepParameter.TEMPLATE, List.of("3"))));
        assertThatThrownBy(() -> runner.run(missing, false, (index, count, progress) -> { },
                new ExperimentControl())).hasMessageContaining("has no template version 3")
                .hasMessageContaining("1 (built in), 2 (\"Sequels first\")");
    }

    @Test
    void aStudyExportsAsASelfContainedPageWithItsChartFindingTableAndTheSourceOfThePublishedFigures()
            throws Exception {
        StudyRunner runner = runner(users -> StudyUsers::ignoresTheHistory);
        String hostile = "<script>alert(\"order\")</script> & Co's";
        StudyOutcome outcome = run(runner, Study.plan(hostile, spec(StudyKind.ORDER)));

        String page = page(outcome, "Films <i>rated</i> & \"reviewed\"");

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("stroke-dasharray=\"7 5\"").contains("LLMRank, ChatGPT, ML-1M, read from Fig. 1a")
                .contains("does not perceive order").contains("hardly uses the history")
                .contains("dataset Films &lt;i&gt;rated&lt;/i&gt; &amp; &quot;reviewed&quot;")
                .contains("&lt;script&gt;alert(&quot;order&quot;)&lt;/script&gt; &amp; Co&#39;s")
                .doesNotContain("<script").doesNotContain("<i>").doesNotContain("http-equiv")
                .contains(MODEL).contains("Exported ");
        for (StudyOutcome.CurvePoint p : outcome.curves().get(0).points()) {
            Estimate e = p.estimate();
            assertThat(page).contains("<td dir=\"auto\">" + p.xLabel() + "</td>")
                    .contains("<td class=\"number\">" + StudyOutcome.number(e.mean()) + "</td><td class=\"number\">"
                            + StudyOutcome.number(e.low()) + " – " + StudyOutcome.number(e.high()) + "</td>");
        }
        assertThat(page).contains("<td class=\"number\">0.466</td>");
        // Nothing of the app's insides: no record printed whole, no run, configuration or dataset id.
        assertThat(page).doesNotContainPattern("[A-Za-z]\\[[a-zA-Z]+=")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}")
                .doesNotContain(outcome.study().definitions().get(0).configurations().get(0).key())
                .doesNotContain(RankingStrategy.SEQUENTIAL).doesNotContain(store.datasetId);
    }

    private static String page(StudyOutcome outcome, String datasetName) throws Exception {
        StringWriter page = new StringWriter();
        new StudyHtml().write(outcome, datasetName, Instant.parse("2026-12-07T12:00:00Z"), "1.0-test", page);
        return page.toString();
    }
}
