package org.llm4rec.explorer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.domain.embedding.Vectors;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.RecordedRequest;

/** The /api/embed adapter against the fake Ollama over real HTTP. */
@Timeout(20)
class OllamaEmbedderTest {
    private static final String MODEL = "nomic-embed-text:latest";

    private FakeOllama ollama;

    @BeforeEach
    void setUp() {
        ollama = FakeOllama.start().model(MODEL);
    }

    @AfterEach
    void tearDown() {
        ollama.close();
    }

    @Test
    void sendsTheBatchInOneRequestAndReadsOneUnitVectorPerTextInOrder() throws LlmException {
        List<String> texts = List.of("The Hobbit by J.R.R. Tolkien", "The Fellowship of the Ring by J.R.R. Tolkien",
                "Pride and Prejudice by Jane Austen");

        List<float[]> vectors = embedder(Duration.ofSeconds(5)).embed(MODEL, texts, new Cancellation());

        List<RecordedRequest> sent = ollama.requests("/api/embed");
        assertThat(sent).hasSize(1);
        JsonNode body = sent.get(0).json();
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("input").isArray()).isTrue();
        assertThat(body.path("input")).extracting(JsonNode::asText).containsExactlyElementsOf(texts);
        assertThat(vectors).hasSize(3).allSatisfy(v -> assertThat(Vectors.cosine(v, v)).isCloseTo(1, within(1e-5)));
        // Two Tolkien books share words, so the fake puts them closer than Tolkien and Austen.
        assertThat(Vectors.cosine(vectors.get(0), vectors.get(1)))
                .isGreaterThan(Vectors.cosine(vectors.get(0), vectors.get(2)));
        assertThat(embedder(Duration.ofSeconds(5)).embed(MODEL, texts.subList(2, 3), new Cancellation()).get(0))
                .containsExactly(vectors.get(2));
    }

    @Test
    void anUnknownModelSaysToPullIt() {
        assertThatThrownBy(() -> embedder(Duration.ofSeconds(5)).embed("mxbai-embed-large", List.of("x"),
                new Cancellation()))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.failure())
                        .isEqualTo(LlmFailure.MODEL_NOT_FOUND))
                .hasMessageContaining("'mxbai-embed-large' is not installed on " + ollama.baseUrl())
                .hasMessageContaining("ollama pull mxbai-embed-large");
    }

    @Test
    void aCancelAbortsTheRequestInFlight() throws Exception {
        ollama.chunkDelay(MODEL, Duration.ofSeconds(2));
        Cancellation cancellation = new Cancellation();
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                embedder(Duration.ofSeconds(30)).embed(MODEL, List.of("a slow text", "another"), cancellation);
                return null;
            } catch (LlmException e) {
                return e;
            }
        });
        awaitRequest();
        long start = System.nanoTime();
        cancellation.cancel();

        Throwable failure = outcome.get(5, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.failure()).isEqualTo(LlmFailure.CANCELLED)).hasMessageContaining("cancelled");
        // The fake takes 4 s for the two texts: the call ends long before it would answer.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeoutWithAMessage() {
        ollama.fault(MODEL, FakeOllama.Fault.SLOW_FIRST_BYTE);

        assertThatThrownBy(() -> embedder(Duration.ofMillis(300)).embed(MODEL, List.of("x"), new Cancellation()))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.failure())
                        .isEqualTo(LlmFailure.TIMEOUT))
                .hasMessageContaining("did not answer within 0.3 s");
    }

    @Test
    void aServerThatIsDownIsNotReachable() {
        String url = ollama.baseUrl();
        ollama.close();

        assertThatThrownBy(() -> embedder(Duration.ofSeconds(2)).embed(MODEL, List.of("x"), new Cancellation()))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.failure())
                        .isEqualTo(LlmFailure.NOT_REACHABLE))
                .hasMessageContaining("not reachable at " + url);
    }

    private OllamaEmbedder embedder(Duration timeout) {
        ServerSettings settings = new ServerSettings(List.of(new EndpointSetting(ollama.baseUrl(), 2)), timeout,
                Duration.ofSeconds(60));
        return new OllamaEmbedder(() -> settings);
    }

    private void awaitRequest() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ollama.requests("/api/embed").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
