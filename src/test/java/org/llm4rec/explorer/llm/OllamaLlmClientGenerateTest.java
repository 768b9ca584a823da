package org.llm4rec.explorer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.RecordedRequest;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OllamaLlmClientGenerateTest {
    private static final String MODEL = "llama3.2:3b";
    private static final String REPLY = "Dune by Frank Herbert is a classic of science fiction, and so is Foundation.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeOllama fake;
    private OllamaLlmClient client;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() {
        fake = FakeOllama.start().reply(MODEL, REPLY);
        client = new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(fake.baseUrl()));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        fake.close();
    }

    @Test
    void streamsTheAnswerInChunksAndReportsServerMetrics() throws LlmException {
        fake.chunkDelay(MODEL, Duration.ofMillis(10));
        List<String> chunks = new CopyOnWriteArrayList<>();

        LlmResult result = client.generate(request("Recommend two science fiction books", null),
                chunks::add, new Cancellation());

        assertThat(result.text()).isEqualTo(REPLY);
        assertThat(chunks).hasSizeGreaterThan(5);
        assertThat(String.join("", chunks)).isEqualTo(REPLY);
        assertThat(result.thinking()).isEmpty();
        assertThat(result.doneReason()).isEqualTo("stop");
        assertThat(result.truncated()).isFalse();
        var metrics = result.metrics();
        assertThat(metrics.outputTokens()).isEqualTo(chunks.size());
        assertThat(metrics.promptTokens()).isEqualTo(5);
        assertThat(metrics.loadMs()).isEqualTo(FakeOllama.LOAD_DURATION_NS / 1_000_000);
        assertThat(metrics.evalMs()).isEqualTo(chunks.size() * FakeOllama.EVAL_NS_PER_TOKEN / 1_000_000);
        assertThat(metrics.timeToFirstTokenMs()).isNotNull().isLessThan(metrics.totalMs());
        // The fake pauses 10 ms after each chunk, so the whole answer cannot have come faster than that.
        assertThat(metrics.totalMs()).isGreaterThanOrEqualTo(10L * (chunks.size() - 1));
        assertThat(metrics.tokensPerSecond()).isEqualTo(40.0);
    }

    @Test
    void putsEveryOptionThinkAndTheSchemaOnTheWire() throws Exception {
        fake.thinking(MODEL, "Considering the reader.");
        String schema = "{\"type\":\"object\",\"properties\":{\"recommendations\":{\"type\":\"array\","
                + "\"items\":{\"type\":\"object\",\"properties\":{\"title\":{\"type\":\"string\"}},"
                + "\"required\":[\"title\"]}}},\"required\":[\"recommendations\"],\"additionalProperties\":false}";
        GenerationOptions options = new GenerationOptions(0.3, 0.85, 30, 7, 4096, 256, 1.15, List.of("END", "###"),
                true, 600);

        client.generate(new LlmRequest(MODEL, "Recommend a book", options, schema), LlmListener.NONE,
                new Cancellation());

        RecordedRequest sent = onlyChatRequest();
        JsonNode body = sent.json();
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("stream").asBoolean(false)).isTrue();
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("Recommend a book");
        JsonNode wireOptions = body.path("options");
        assertThat(wireOptions.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(wireOptions.path("top_p").asDouble()).isEqualTo(0.85);
        assertThat(wireOptions.path("top_k").asInt()).isEqualTo(30);
        assertThat(wireOptions.path("seed").asInt()).isEqualTo(7);
        assertThat(wireOptions.path("num_ctx").asInt()).isEqualTo(4096);
        assertThat(wireOptions.path("num_predict").asInt()).isEqualTo(256);
        assertThat(wireOptions.path("repeat_penalty").asDouble()).isEqualTo(1.15);
        assertThat(wireOptions.path("stop")).extracting(JsonNode::asText).containsExactly("END", "###");
        assertThat(body.path("keep_alive").asInt()).isEqualTo(600);
        assertThat(body.path("think").isBoolean()).isTrue();
        assertThat(body.path("think").asBoolean()).isTrue();
        assertThat(body.path("format").isObject()).isTrue();
        assertThat(body.path("format")).isEqualTo(JSON.readTree(schema));
        assertThat(sent.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void leavesUnsetOptionsToTheServer() throws Exception {
        GenerationOptions unset = GenerationOptions.unset();

        client.generate(new LlmRequest(MODEL, "Recommend a book", unset, null), LlmListener.NONE, new Cancellation());

        JsonNode body = onlyChatRequest().json();
        assertThat(body.has("think")).isFalse();
        assertThat(body.has("keep_alive")).isFalse();
        assertThat(body.has("format")).isFalse();
        JsonNode wireOptions = body.path("options");
        for (String key : List.of("temperature", "top_p", "top_k", "seed", "num_ctx", "num_predict",
                "repeat_penalty")) {
            assertThat(wireOptions.has(key)).as(key).isFalse();
        }
        assertThat(wireOptions.path("stop")).isEmpty();
    }

    @Test
    void returnsTheThinkingTraceSeparately() throws LlmException {
        String trace = "The reader likes big ideas, so a classic fits.";
        fake.thinking(MODEL, trace);
        List<String> thoughts = new CopyOnWriteArrayList<>();
        List<String> texts = new CopyOnWriteArrayList<>();

        LlmResult result = client.generate(request("Recommend a book", null), new LlmListener() {
            @Override
            public void onText(String chunk) {
                texts.add(chunk);
            }

            @Override
            public void onThinking(String chunk) {
                thoughts.add(chunk);
            }
        }, new Cancellation());

        assertThat(result.thinking()).isEqualTo(trace);
        assertThat(result.text()).isEqualTo(REPLY);
        assertThat(String.join("", thoughts)).isEqualTo(trace);
        assertThat(String.join("", texts)).isEqualTo(REPLY);
        assertThat(thoughts).hasSizeGreaterThan(1);
    }

    @Test
    void sendsTheThinkSwitchOffWhenAskedAndGetsNoTrace() throws Exception {
        fake.thinking(MODEL, "Hidden reasoning.");
        GenerationOptions noThinking = GenerationOptions.unset().withThink(false);

        LlmResult result = client.generate(new LlmRequest(MODEL, "Recommend a book", noThinking, null),
                LlmListener.NONE, new Cancellation());

        assertThat(onlyChatRequest().json().path("think").isBoolean()).isTrue();
        assertThat(onlyChatRequest().json().path("think").asBoolean(true)).isFalse();
        assertThat(result.thinking()).isEmpty();
        assertThat(result.text()).isEqualTo(REPLY);
    }

    @Test
    void cancelMidStreamReturnsThePartialTextAndClosesTheConnection() throws Exception {
        String longReply = "word ".repeat(300);
        fake.reply(MODEL, longReply).chunkDelay(MODEL, Duration.ofMillis(20));
        Cancellation cancellation = new Cancellation();
        CountDownLatch someText = new CountDownLatch(3);
        List<String> chunks = new CopyOnWriteArrayList<>();

        Future<LlmResult> running = background.submit(() -> client.generate(request("Tell me more", null),
                chunk -> {
                    chunks.add(chunk);
                    someText.countDown();
                }, cancellation));
        assertThat(someText.await(5, TimeUnit.SECONDS)).isTrue();
        long cancelledAt = System.nanoTime();
        cancellation.cancel();

        LlmException failure = failureOf(running);
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(failure.failure()).isEqualTo(LlmFailure.CANCELLED);
        assertThat(failure.partialText()).startsWith("word word word ");
        assertThat(longReply).startsWith(failure.partialText());
        assertThat(failure.partialText().length()).isLessThan(longReply.length());
        assertThat(onlyChatRequest().awaitClientDisconnect(Duration.ofSeconds(3))).isTrue();
    }

    @Test
    void cancelBeforeTheFirstTokenReturnsAtOnce() throws Exception {
        fake.fault(MODEL, FakeOllama.Fault.SLOW_FIRST_BYTE);
        Cancellation cancellation = new Cancellation();

        Future<LlmResult> running = background.submit(() -> client.generate(request("Recommend a book", null),
                LlmListener.NONE, cancellation));
        while (fake.requests("/api/chat").isEmpty()) {
            Thread.sleep(10);
        }
        long cancelledAt = System.nanoTime();
        cancellation.cancel();

        LlmException failure = failureOf(running);
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(failure.failure()).isEqualTo(LlmFailure.CANCELLED);
        assertThat(failure.partialText()).isEmpty();
    }

    @Test
    void anAlreadyCancelledRequestIsNotSent() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();

        assertThatThrownBy(() -> client.generate(request("Recommend a book", null), LlmListener.NONE, cancellation))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.failure()).isEqualTo(LlmFailure.CANCELLED));
        assertThat(fake.requests("/api/chat")).isEmpty();
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheAnswer() throws LlmException {
        LlmResult result = client.generate(request("Recommend a book", null), chunk -> {
            throw new IllegalStateException("listener bug");
        }, new Cancellation());

        assertThat(result.text()).isEqualTo(REPLY);
    }

    @Test
    void anInvalidSchemaIsRefusedBeforeSending() {
        LlmException failure = catchThrowableOfType(LlmException.class,
                () -> client.generate(request("Recommend a book", "{not json"), LlmListener.NONE, new Cancellation()));

        assertThat(failure.failure()).isEqualTo(LlmFailure.BAD_REQUEST);
        assertThat(failure.getMessage()).contains("JSON schema");
        assertThat(fake.requests("/api/chat")).isEmpty();
    }

    @Test
    void repliesCanDependOnThePrompt() throws LlmException {
        fake.replies(MODEL, prompt -> "You asked: " + prompt);

        LlmResult result = client.generate(request("something short", null), LlmListener.NONE, new Cancellation());

        assertThat(result.text()).isEqualTo("You asked: something short");
    }

    private static LlmRequest request(String prompt, String schema) {
        return new LlmRequest(MODEL, prompt, GenerationOptions.defaults(), schema);
    }

    private RecordedRequest onlyChatRequest() {
        assertThat(fake.requests("/api/chat")).hasSize(1);
        return fake.requests("/api/chat").get(0);
    }

    private static LlmException failureOf(Future<LlmResult> running) throws InterruptedException {
        try {
            LlmResult result = running.get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure, got " + result);
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(LlmException.class);
            return (LlmException) e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("generate() did not return", e);
        }
    }
}
