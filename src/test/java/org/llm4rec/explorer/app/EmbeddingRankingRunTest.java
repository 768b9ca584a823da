package org.llm4rec.explorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.llm4rec.explorer.app.port.RunSettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.run.RunRecord;
import org.llm4rec.explorer.domain.run.RunStatus;
import org.llm4rec.explorer.domain.candidates.Interactions;
import org.llm4rec.explorer.domain.grounding.GroundingMethod;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.domain.prompt.EmbeddingStrategy;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.RecordedRequest;
import org.llm4rec.explorer.llm.OllamaEmbedder;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.SqliteEmbeddingCache;
import org.llm4rec.explorer.store.SqliteRunRepository;

/** Embedding strategies run end to end: the fake Ollama over HTTP, the real SQLite store and its cache. */
@Timeout(60)
class EmbeddingRankingRunTest {
    private static final String MODEL = "nomic-embed-text:latest";
    private static final Pattern PROGRESS = Pattern.compile("^Embedded (\\d+) of");

    @TempDir
    Path dir;
    private SampleStore store;
    private FakeOllama ollama;
    private RecommendationService service;
    private SqliteRunRepository runs;
    private Dataset dataset;
    private Profile fantasy;

    @BeforeEach
    void setUp() {
        store = new SampleStore(dir);
        runs = store.runs;
        dataset = store.dataset;
        fantasy = store.fantasy;
        ollama = FakeOllama.start().model(MODEL).model("llama3.2:3b");
        var embeddings = new EmbeddingRanker(new OllamaEmbedder(() -> ServerSettings.defaultsFor(ollama.baseUrl())),
                new SqliteEmbeddingCache(store.db), store.catalogue, Clock.systemUTC());
        service = new RecommendationService(new OllamaLlmClient(OllamaSettings.defaults()
                .withBaseUrl(ollama.baseUrl())), store.catalogue, runs, new ResponseParser(), Clock.systemUTC(),
                Interactions.NONE, embeddings);
    }

    @AfterEach
    void tearDown() {
        ollama.close();
        store.close();
    }

    @Test
    void ranksTheCandidatesByCosineIntoAGroundedStoredRun() {
        RunRecord run = run(EmbeddingStrategy.likedItems(), model(MODEL), 5, LlmListener.NONE, new Cancellation());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.model()).isEqualTo(MODEL);
        assertThat(run.modelDigest()).isEqualTo("digest-of-" + MODEL);
        assertThat(run.strategyId()).isEqualTo(EmbeddingStrategy.LIKED);
        Set<String> candidateIds = run.candidates().items().stream().map(Item::id).collect(Collectors.toSet());
        assertThat(run.recommendations()).hasSize(5).allSatisfy(r -> {
            assertThat(r.grounding().grounded()).isTrue();
            assertThat(r.grounding().method()).isEqualTo(GroundingMethod.EXACT);
            assertThat(candidateIds).contains(r.grounding().item().id());
            assertThat(r.flags()).isEmpty();
            assertThat(r.explanation())
                    .matches("cosine -?\\d\\.\\d\\d; closest to your liked item .+ \\(\\d\\.\\d\\d\\)");
        });
        List<Double> scores = run.recommendations().stream()
                .map(r -> Double.parseDouble(r.explanation().substring(7, 11))).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(run.rawResponse()).startsWith("1. " + run.recommendations().get(0).grounding().item().label());
        assertThat(run.message()).contains("Ranked " + candidateIds.size() + " candidates").contains("from the cache");
        assertThat(run.metrics().totalMs()).isNotNegative();
        assertThat(run.prompt()).contains("The user is the mean of the vectors of the liked books");
        assertThat(runs.find(run.id()).orElseThrow().recommendations()).isEqualTo(run.recommendations());
    }

    @Test
    void theSecondRunTakesEveryVectorFromTheCacheAndAnotherModelVersionEmbedsAgain() {
        run(EmbeddingStrategy.likedItems(), model(MODEL), 5, LlmListener.NONE, new Cancellation());
        int afterFirst = ollama.requests("/api/embed").size();

        RunRecord second = run(EmbeddingStrategy.likedItems(), model(MODEL), 5, LlmListener.NONE,
                new Cancellation());

        assertThat(afterFirst).isPositive();
        assertThat(ollama.requests("/api/embed")).hasSize(afterFirst);
        assertThat(second.message()).contains(": 0 text(s) embedded");

        run(EmbeddingStrategy.likedItems(), new ModelInfo(MODEL, "sha256:newer-weights", "", "", "", 1), 5,
                LlmListener.NONE, new Cancellation());
        assertThat(ollama.requests("/api/embed")).hasSizeGreaterThan(afterFirst);
    }

    @Test
    void theWholeCatalogueIsEmbeddedInBatchesWithProgressAndRankedWithoutSeenItems() {
        List<String> progress = new CopyOnWriteArrayList<>();

        RunRecord run = run(EmbeddingStrategy.wholeCatalogue(), model(MODEL), 10, progress::add,
                new Cancellation());

        List<RecordedRequest> sent = ollama.requests("/api/embed");
        int texts = sent.stream().mapToInt(r -> r.json().path("input").size()).sum();
        assertThat(sent).hasSize((texts + EmbeddingRanker.BATCH - 1) / EmbeddingRanker.BATCH);
        assertThat(sent).allSatisfy(r -> assertThat(r.json().path("input").size())
                .isLessThanOrEqualTo(EmbeddingRanker.BATCH));
        List<String> embedded = progress.stream().filter(line -> line.startsWith("Embedded ")).toList();
        assertThat(embedded).hasSizeBetween(EmbeddingRanker.PROGRESS_STEPS - 1, EmbeddingRanker.PROGRESS_STEPS + 1)
                .last().asString().startsWith("Embedded " + texts + " of " + texts);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.candidates()).isNull();
        Set<String> seen = fantasy.visibleHistory().stream().map(e -> e.item().id()).collect(Collectors.toSet());
        assertThat(run.recommendations()).hasSize(10)
                .allSatisfy(r -> assertThat(seen).doesNotContain(r.grounding().item().id()));
    }

    @Test
    void aCancelledRunIsStoredAsCancelledAndKeepsTheBatchesAlreadyEmbedded() throws Exception {
        ollama.chunkDelay(MODEL, Duration.ofMillis(5));
        Cancellation cancellation = new Cancellation();
        AtomicInteger embeddedWhenCancelled = new AtomicInteger();
        LlmListener cancelAtFirstProgress = chunk -> {
            Matcher m = PROGRESS.matcher(chunk);
            if (m.find() && !cancellation.isCancelled()) {
                embeddedWhenCancelled.set(Integer.parseInt(m.group(1)));
                cancellation.cancel();
            }
        };

        RunRecord cancelled = run(EmbeddingStrategy.wholeCatalogue(), model(MODEL), 10, cancelAtFirstProgress,
                cancellation);

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.failure()).isEqualTo(LlmFailure.CANCELLED);
        assertThat(cancelled.message()).contains("cancelled").contains("kept in the cache");
        assertThat(runs.find(cancelled.id())).isPresent();
        int embedded = embeddedWhenCancelled.get();
        assertThat(embedded).isPositive();
        assertThat(ollama.requests("/api/embed")).hasSize(embedded / EmbeddingRanker.BATCH);

        ollama.chunkDelay(MODEL, Duration.ZERO);
        RunRecord next = run(EmbeddingStrategy.wholeCatalogue(), model(MODEL), 10, LlmListener.NONE,
                new Cancellation());
        assertThat(next.message()).contains(", " + embedded + " from the cache");
    }

    @Test
    void anEmbeddingModelTheServerLacksEndsTheRunWithAPullHint() {
        RunRecord run = run(EmbeddingStrategy.likedItems(), model("mxbai-embed-large"), 5, LlmListener.NONE,
                new Cancellation());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.failure()).isEqualTo(LlmFailure.MODEL_NOT_FOUND);
        assertThat(run.message()).contains("ollama pull mxbai-embed-large");
        assertThat(run.recommendations()).isEmpty();
    }

    @Test
    void theProfileTextVariantEmbedsTheRenderedProfileText() {
        RunRecord run = run(EmbeddingStrategy.profileText(), model(MODEL), 5, LlmListener.NONE, new Cancellation());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        List<String> inputs = ollama.requests("/api/embed").stream()
                .flatMap(r -> StreamSupport.stream(r.json().path("input").spliterator(), false))
                .map(JsonNode::asText).toList();
        String firstHistoryItem = fantasy.visibleHistory().get(0).item().label();
        assertThat(inputs).anyMatch(t -> t.startsWith("Someone who enjoys books") && t.contains(firstHistoryItem));
        assertThat(inputs).noneMatch(t -> fantasy.targets().stream().anyMatch(target -> t.contains(
                target.title()) && t.startsWith("Someone")));
        assertThat(run.recommendations()).allSatisfy(r -> assertThat(r.explanation())
                .contains("closest to your history item"));
    }

    private RunRecord run(EmbeddingStrategy strategy, ModelInfo model, int count, LlmListener listener,
                          Cancellation cancellation) {
        return service.recommend(new RecommendationRequest(dataset, fantasy, strategy, strategy.defaultTemplate(),
                model, null, GenerationOptions.defaults(), count, List.of(), RunSettings.defaults(), 0, false),
                listener, cancellation);
    }

    private static ModelInfo model(String name) {
        return new ModelInfo(name, "digest-of-" + name, "nomic-bert", "137M", "F16", 274_302_450L);
    }
}
