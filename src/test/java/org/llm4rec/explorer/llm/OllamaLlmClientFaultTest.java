package org.llm4rec.explorer.llm;

import static java.time.Duration.ofMillis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.FakeOllama.Fault;

/**
 * Every way a server can fail ends in the right failure, with the text that had arrived, and quickly: the short
 * timeouts below stand in for the minutes a real setup allows.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OllamaLlmClientFaultTest {
    private static final String MODEL = "llama3.2:3b";
    /** One word per chunk, so the text before a fault is predictable. */
    private static final String REPLY = "one two three four five six seven eight nine ten";
    private static final String FIRST_CHUNKS = "one two three ";
    private static final Duration SHORT = ofMillis(400);
    private static final Duration PROMPT_RETURN = Duration.ofSeconds(3);

    private FakeOllama fake;
    private OllamaLlmClient client;

    /**
     * The first generation in a JVM loads LangChain4j's classes, which on a busy machine takes longer than the
     * short first-token limit; one answer beforehand keeps that cost out of the timed cases.
     */
    @BeforeAll
    static void warmUp() throws LlmException {
        try (FakeOllama warm = FakeOllama.start().reply(MODEL, REPLY)) {
            new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(warm.baseUrl())).generate(
                    new LlmRequest(MODEL, "warm up", GenerationOptions.defaults(), null), LlmListener.NONE,
                    new Cancellation());
        }
    }

    @BeforeEach
    void start() {
        fake = FakeOllama.start().reply(MODEL, REPLY);
        client = new OllamaLlmClient(new OllamaSettings(fake.baseUrl(), ofMillis(500), SHORT, SHORT,
                Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = "LENGTH_CUTOFF", mode = EnumSource.Mode.EXCLUDE)
    void everyFaultEndsInItsFailurePromptly(Fault fault) {
        fake.fault(MODEL, fault);
        if (fault != Fault.SLOW_FIRST_BYTE && fault != Fault.STALL_AFTER_HEADERS && fault != Fault.STALL_MID_STREAM) {
            // Only the timeout faults need short limits; the others must not turn into timeouts on a busy machine.
            client = new OllamaLlmClient(new OllamaSettings(fake.baseUrl(), Duration.ofSeconds(5),
                    Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(20)));
        }

        LlmException failure = failureOf(this::generate);

        assertThat(failure.failure()).as(failure.getMessage()).isEqualTo(expectedFailure(fault));
        assertThat(failure.partialText()).isEqualTo(expectedPartial(fault));
        assertThat(failure.getMessage()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void unknownModelNamesTheModelAndTheFix() {
        LlmException failure = failureOf(() -> client.generate(
                new LlmRequest("mistral:7b", "hi", GenerationOptions.defaults(), null), LlmListener.NONE,
                new Cancellation()));

        assertThat(failure.failure()).isEqualTo(LlmFailure.MODEL_NOT_FOUND);
        assertThat(failure.getMessage()).isEqualTo("Model 'mistral:7b' is not installed on " + fake.baseUrl()
                + ". Pull it with `ollama pull mistral:7b`.");
    }

    @Test
    void serverErrorTextsReachTheUser() {
        fake.fault(MODEL, Fault.BAD_REQUEST_400);
        assertThat(failureOf(this::generate).getMessage()).contains("num_ctx must be positive");

        fake.fault(MODEL, Fault.SERVER_ERROR_500);
        assertThat(failureOf(this::generate).getMessage()).contains("llama runner process has terminated");

        fake.fault(MODEL, Fault.ERROR_LINE);
        assertThat(failureOf(this::generate).getMessage())
                .contains("an error was encountered while running the model");

        fake.fault(MODEL, Fault.BUSY_503);
        assertThat(failureOf(this::generate).getMessage()).contains("busy").contains(fake.baseUrl());
    }

    @Test
    void aStalledStreamSaysHowLongItWaitedForWhatAndWhere() {
        fake.fault(MODEL, Fault.STALL_AFTER_HEADERS);

        LlmException failure = failureOf(this::generate);

        assertThat(failure.getMessage()).isEqualTo("No data for 0.4 s from model '" + MODEL + "' at "
                + fake.baseUrl() + "; the answer was stopped.");
    }

    @Test
    void aStreamThatGoesSilentAfterThreeChunksStopsAtTheIdleLimitNotTheFirstTokenLimit() {
        fake.fault(MODEL, Fault.STALL_MID_STREAM);
        client = new OllamaLlmClient(new OllamaSettings(fake.baseUrl(), ofMillis(500), Duration.ofSeconds(20),
                Duration.ofSeconds(1), Duration.ofSeconds(25)));

        long start = System.nanoTime();
        LlmException failure = failureOf(this::generate);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure.getMessage()).isEqualTo("No data for 1 s from model '" + MODEL + "' at "
                + fake.baseUrl() + "; the answer was stopped.");
        assertThat(failure.partialText()).isEqualTo(FIRST_CHUNKS);
        assertThat(elapsed).isBetween(Duration.ofSeconds(1), Duration.ofMillis(2500));
    }

    @Test
    void theDeadlineStopsASlowButSteadyAnswer() throws InterruptedException {
        fake.reply(MODEL, "word ".repeat(200)).chunkDelay(MODEL, ofMillis(50));
        client = new OllamaLlmClient(new OllamaSettings(fake.baseUrl(), ofMillis(500), SHORT, SHORT,
                ofMillis(600)));

        LlmException failure = failureOf(this::generate);

        assertThat(failure.failure()).isEqualTo(LlmFailure.TIMEOUT);
        assertThat(failure.getMessage()).contains("did not finish within 0.6 s");
        assertThat(failure.partialText()).startsWith("word word ");
        assertThat(fake.requests("/api/chat").get(0).awaitClientDisconnect(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void aLengthCutoffIsATruncatedAnswerNotAFailure() throws Exception {
        fake.fault(MODEL, Fault.LENGTH_CUTOFF);

        LlmResult result = assertTimeoutPreemptively(PROMPT_RETURN, this::generate);

        assertThat(result.truncated()).isTrue();
        assertThat(result.doneReason()).isEqualTo("length");
        assertThat(result.text()).isEqualTo("one two three four five ");
    }

    @Test
    void aClosedPortIsNotReachable() {
        String url = fake.baseUrl();
        fake.close();

        LlmException failure = failureOf(this::generate);

        assertThat(failure.failure()).isEqualTo(LlmFailure.NOT_REACHABLE);
        assertThat(failure.getMessage()).isEqualTo("Ollama is not reachable at " + url
                + ". Is it running? Start it with `ollama serve`.");
    }

    private LlmResult generate() throws LlmException {
        return client.generate(new LlmRequest(MODEL, "Recommend a book", GenerationOptions.defaults(), null),
                LlmListener.NONE, new Cancellation());
    }

    private interface Generate {
        LlmResult run() throws LlmException;
    }

    /** The call must fail, and must do so well within the short timeouts plus some slack. */
    private static LlmException failureOf(Generate call) {
        return assertTimeoutPreemptively(PROMPT_RETURN, () -> {
            Throwable thrown = null;
            try {
                call.run();
            } catch (LlmException e) {
                thrown = e;
            }
            assertThat(thrown).as("generate() should have failed").isInstanceOf(LlmException.class);
            return (LlmException) thrown;
        });
    }

    private static LlmFailure expectedFailure(Fault fault) {
        return switch (fault) {
            case NOT_FOUND_404 -> LlmFailure.MODEL_NOT_FOUND;
            case BAD_REQUEST_400 -> LlmFailure.BAD_REQUEST;
            case SERVER_ERROR_500, MALFORMED_LINE, ERROR_LINE -> LlmFailure.SERVER_ERROR;
            case BUSY_503 -> LlmFailure.BUSY;
            case SLOW_FIRST_BYTE, STALL_AFTER_HEADERS, STALL_MID_STREAM -> LlmFailure.TIMEOUT;
            case DISCONNECT_MID_STREAM, EOF_WITHOUT_DONE -> LlmFailure.INCOMPLETE;
            case LENGTH_CUTOFF -> throw new IllegalArgumentException("not a failure");
        };
    }

    private static String expectedPartial(Fault fault) {
        return switch (fault) {
            case STALL_MID_STREAM, DISCONNECT_MID_STREAM, MALFORMED_LINE, ERROR_LINE, EOF_WITHOUT_DONE -> FIRST_CHUNKS;
            default -> "";
        };
    }
}
