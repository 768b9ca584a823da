package org.llm4rec.explorer.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.port.ExperimentRun;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.experiment.Baseline;
import org.llm4rec.explorer.domain.experiment.CandidateMode;
import org.llm4rec.explorer.domain.experiment.Configuration;
import org.llm4rec.explorer.domain.experiment.ConfigurationSummary;
import org.llm4rec.explorer.domain.experiment.ExperimentAnalysis;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;
import org.llm4rec.explorer.domain.experiment.ExperimentJson;
import org.llm4rec.explorer.domain.experiment.ExperimentReport;
import org.llm4rec.explorer.domain.experiment.Metric;
import org.llm4rec.explorer.domain.experiment.PromptSettings;
import org.llm4rec.explorer.domain.experiment.Protocol;
import org.llm4rec.explorer.domain.experiment.ResultKey;
import org.llm4rec.explorer.domain.experiment.UserResult;
import org.llm4rec.explorer.domain.experiment.UserSample;
import org.llm4rec.explorer.domain.prompt.RankingStrategy;

/** Experiments over the scripted users, through the fake Ollama over HTTP and a real SQLite file. */
class ExperimentRunnerTest {
    static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;
    private ExperimentStore store;

    @BeforeEach
    void setUp() throws Exception {
        store = new ExperimentStore(dir, ScriptedUsers.write(dir.resolve("scripted")), "Scripted users", MODEL,
                ScriptedUsers::answer);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private ExperimentRunner runner() {
        return store.runner(4);
    }

    private ExperimentDefinition definition(String name) {
        return new ExperimentDefinition(name, store.datasetId, UserSample.random(0, 7), Protocol.leaveLastOneOut(),
                List.of(Configuration.llm(RankingStrategy.SEQUENTIAL, MODEL, GenerationOptions.defaults(),
                        PromptSettings.defaults()), Configuration.of(Baseline.POPULARITY),
                        Configuration.of(Baseline.ITEM_KNN), Configuration.of(Baseline.RANDOM)), 1);
    }

    @Test
    void fiftyScriptedUsersGiveTheMetricsWorkedOutInAdvance() {
        ExperimentRunner runner = runner();
        List<ExperimentProgress> progress = Collections.synchronizedList(new ArrayList<>());
        ExperimentRun run = runner.start(definition("Scripted"));

        ExperimentReport report = runner.run(run, progress::add, new ExperimentControl());

        assertThat(report.sampledUsers()).isEqualTo(ScriptedUsers.USERS);
        assertThat(report.excludedUsers()).isZero();
        ConfigurationSummary llm = report.configurations().get(0);
        assertThat(llm.users()).isEqualTo(50);
        assertThat(llm.metric(Metric.HR_1).mean()).isCloseTo(ScriptedUsers.HR_1, within(1e-9));
        assertThat(llm.metric(Metric.HR_5).mean()).isCloseTo(ScriptedUsers.HR_5, within(1e-9));
        assertThat(llm.metric(Metric.HR_10).mean()).isCloseTo(ScriptedUsers.HR_5, within(1e-9));
        assertThat(llm.metric(Metric.HR_20).mean()).isCloseTo(ScriptedUsers.HR_20, within(1e-9));
        assertThat(llm.metric(Metric.NDCG_10).mean()).isCloseTo(ScriptedUsers.NDCG_10, within(1e-9));
        assertThat(llm.metric(Metric.MRR).mean()).isCloseTo(ScriptedUsers.MRR, within(1e-9));
        assertThat(llm.metric(Metric.NDCG_10).low()).isLessThan(0.35);
        assertThat(llm.metric(Metric.NDCG_10).high()).isGreaterThan(0.35);
        assertThat(llm.validity().outOfCatalogue()).isCloseTo(0.01, within(1e-9));
        assertThat(llm.validity().duplicate()).isCloseTo(0.01, within(1e-9));
        assertThat(llm.validity().parseFailure()).isZero();
        assertThat(llm.metric(Metric.LATENCY_MS).users()).isEqualTo(50);
        assertThat(llm.metric(Metric.TOKENS_IN).mean()).isPositive();
        assertThat(llm.latencyP95Ms()).isGreaterThanOrEqualTo(llm.latencyP50Ms());

        // Baselines rank the same 20 candidates, so the target is always within their top 20.
        for (ConfigurationSummary baseline : report.configurations().subList(1, 4)) {
            assertThat(baseline.users()).isEqualTo(50);
            assertThat(baseline.metric(Metric.HR_20).mean()).isEqualTo(1);
            assertThat(baseline.metric(Metric.LATENCY_MS).users()).isZero();
        }

        assertThat(store.repository.results(run.id())).hasSize(200);
        assertThat(store.repository.run(run.id()).orElseThrow().state()).isEqualTo(ExperimentRun.State.FINISHED);
        assertThat(store.ollama.requests("/api/chat")).hasSize(50);
        ExperimentProgress last = progress.get(progress.size() - 1);
        assertThat(last.done()).isEqualTo(200);
        assertThat(last.total()).isEqualTo(200);
        assertThat(last.configurations()).allSatisfy(c -> assertThat(c.done()).isEqualTo(c.total()));
        assertThat(store.ollama.maxConcurrentChats()).isLessThanOrEqualTo(4);
    }

    @Test
    void repeatsKeepTheUserAsTheUnit() {
        ExperimentRunner runner = runner();
        ExperimentDefinition threeTimes = new ExperimentDefinition("Repeats", store.datasetId, UserSample.random(0, 7),
                Protocol.leaveLastOneOut(), List.of(Configuration.llm(RankingStrategy.SEQUENTIAL, MODEL,
                GenerationOptions.defaults(), PromptSettings.defaults()), Configuration.of(Baseline.POPULARITY)), 3);

        ExperimentReport report = runner.run(runner.start(threeTimes), ExperimentListener.NONE,
                new ExperimentControl());

        ConfigurationSummary llm = report.configurations().get(0);
        assertThat(llm.users()).isEqualTo(ScriptedUsers.USERS);
        assertThat(llm.runs()).isEqualTo(3 * ScriptedUsers.USERS);
        assertThat(report.results()).filteredOn(r -> r.configurationKey().equals(llm.configuration().key()))
                .hasSize(150);
        assertThat(llm.metric(Metric.NDCG_10).users()).isEqualTo(ScriptedUsers.USERS);
        assertThat(llm.metric(Metric.NDCG_10).mean()).isCloseTo(ScriptedUsers.NDCG_10, within(1e-9));
        // The scripted model answers each user the same way every time: nothing moves between repeats.
        assertThat(llm.metric(Metric.NDCG_10).repeatSpread()).isCloseTo(0, within(1e-12));
        // A user drawn brings their three identical repeats, so the interval is that of the 50 users once each.
        ConfigurationSummary once = ExperimentAnalysis.summarise(llm.configuration(), report.results().stream()
                .filter(r -> r.configurationKey().equals(llm.configuration().key()) && r.repeat() == 0).toList(),
                0, threeTimes.protocol().seed());
        assertThat(llm.metric(Metric.NDCG_10).low()).isEqualTo(once.metric(Metric.NDCG_10).low());
        assertThat(llm.metric(Metric.NDCG_10).high()).isEqualTo(once.metric(Metric.NDCG_10).high());
        ConfigurationSummary baseline = report.configurations().get(1);
        assertThat(baseline.users()).isEqualTo(ScriptedUsers.USERS);
        assertThat(baseline.runs()).isEqualTo(ScriptedUsers.USERS);
        assertThat(ExperimentExport.summaryCsv(report)).contains("NDCG@10 SD across repeats")
                .contains("," + ScriptedUsers.USERS + "," + 3 * ScriptedUsers.USERS + ",");
    }

    @Test
    void noPromptEverShowsTheUsersTarget() {
        ExperimentRunner runner = runner();
        runner.run(runner.start(definition("Leak check")), ExperimentListener.NONE, new ExperimentControl());

        assertThat(store.ollama.requests("/api/chat")).hasSize(50).allSatisfy(request -> {
            String prompt = request.body();
            String history = prompt.substring(0, prompt.indexOf("candidate"));
            var marker = java.util.regex.Pattern.compile("Marker (\\d\\d)").matcher(history);
            assertThat(marker.find()).isTrue();
            assertThat(history).doesNotContain("Goal " + marker.group(1));
        });
    }

    @Test
    void aStoppedRunResumesWithTheSameTotalsAndNoDuplicateRows() {
        store.ollama.chunkDelay(MODEL, java.time.Duration.ofMillis(1));
        ExperimentDefinition definition = definition("Resume");
        ExperimentRunner first = runner();
        ExperimentRun run = first.start(definition);
        ExperimentControl control = new ExperimentControl();
        AtomicInteger stored = new AtomicInteger();
        first.run(run, new ExperimentListener() {
            @Override
            public void progress(ExperimentProgress p) {
            }

            @Override
            public void stored(UserResult result) {
                if (result.runId() != null && stored.incrementAndGet() == 12) {
                    control.cancel();
                }
            }
        }, control);
        List<UserResult> partial = store.repository.results(run.id());
        assertThat(partial.size()).isBetween(150 + 12, 199);
        assertThat(store.repository.run(run.id()).orElseThrow().state()).isEqualTo(ExperimentRun.State.STOPPED);

        ExperimentRunner second = runner();
        ExperimentRun resumed = second.resumable(definition).orElseThrow();
        assertThat(resumed.id()).isEqualTo(run.id());
        ExperimentReport report = second.run(resumed, ExperimentListener.NONE, new ExperimentControl());

        List<UserResult> all = store.repository.results(run.id());
        assertThat(all).hasSize(200);
        assertThat(all.stream().map(UserResult::key).distinct().count()).isEqualTo(200);
        assertThat(all.stream().filter(r -> r.repeat() == 0).map(UserResult::key).map(ResultKey::userId)
                .distinct().count()).isEqualTo(50);
        assertThat(report.configurations().get(0).metric(Metric.NDCG_10).mean())
                .isCloseTo(ScriptedUsers.NDCG_10, within(1e-9));
        assertThat(store.repository.run(run.id()).orElseThrow().state()).isEqualTo(ExperimentRun.State.FINISHED);
        assertThat(second.resumable(definition)).isEmpty();
    }

    @Test
    void pauseHoldsNewCallsUntilResumed() throws Exception {
        ExperimentRunner runner = runner();
        ExperimentRun run = runner.start(definition("Pause"));
        ExperimentControl control = new ExperimentControl();
        control.pause();
        List<ExperimentProgress> seen = Collections.synchronizedList(new ArrayList<>());
        Thread worker = new Thread(() -> runner.run(run, seen::add, control));
        worker.start();
        Thread.sleep(500);
        assertThat(store.ollama.requests("/api/chat")).isEmpty();
        control.resume();
        worker.join(60_000);
        assertThat(store.ollama.requests("/api/chat")).hasSize(50);
        assertThat(seen).anySatisfy(p -> assertThat(p.paused()).isFalse());
    }

    @Test
    void aStrategyThatDoesNotFitTheProtocolIsRefusedWithTheFix() {
        ExperimentDefinition open = new ExperimentDefinition("Open", store.datasetId, UserSample.random(5, 1),
                new Protocol(1, CandidateMode.OPEN_CATALOGUE, 0, 50, 1),
                List.of(Configuration.llm(RankingStrategy.SEQUENTIAL, MODEL, null, null)), 1);
        ExperimentRunner runner = runner();
        assertThatThrownBy(() -> runner.run(runner.start(open), ExperimentListener.NONE, new ExperimentControl()))
                .hasMessageContaining("ranks candidates, but the protocol is open generation")
                .hasMessageContaining("M with the target included");
        ExperimentDefinition unknownModel = new ExperimentDefinition("Model", store.datasetId, UserSample.random(5, 1),
                Protocol.leaveLastOneOut(), List.of(Configuration.llm(RankingStrategy.SEQUENTIAL, "nope:1b", null,
                null)), 1);
        assertThatThrownBy(() -> runner.run(runner.start(unknownModel), ExperimentListener.NONE,
                new ExperimentControl())).hasMessageContaining("\"nope:1b\" is not installed")
                .hasMessageContaining(MODEL);
    }

    @Test
    void definitionsAreSavedByNameAndCloned() {
        ExperimentDefinition original = definition("Original");
        store.repository.saveDefinition(original);
        store.repository.saveDefinition(original.withName("Copy"));
        assertThat(store.repository.definitions()).extracting(ExperimentDefinition::name).containsExactly("Copy",
                "Original");
        assertThat(store.repository.definition("Copy").orElseThrow().configurations())
                .isEqualTo(original.configurations());
        assertThat(ExperimentJson.read(ExperimentJson.write(original), "test")).isEqualTo(original);
    }
}
