package org.llm4rec.explorer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
import org.llm4rec.explorer.domain.llm.LoadedModel;
import org.llm4rec.explorer.domain.llm.ModelDetails;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.PullProgress;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.OtherServer;

/** Models, details, loaded models and pulls against the fake over HTTP. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OllamaModelAdminTest {
    private FakeOllama fake;
    private OllamaModelAdmin admin;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() {
        fake = FakeOllama.start().model("llama3.2:3b").thinking("qwen3:4b", "hmm");
        admin = new OllamaModelAdmin(new OllamaSettings(fake.baseUrl(), Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        fake.close();
    }

    @Test
    void detailsGiveTheContextLengthAndCapabilities() throws LlmException {
        ModelDetails qwen = admin.details("qwen3:4b");

        assertThat(qwen.contextLength()).isEqualTo(131072);
        assertThat(qwen.can("thinking")).isTrue();
        assertThat(admin.details("llama3.2:3b").can("thinking")).isFalse();
        // LangChain4j's OllamaModels sends the older "name" field, which Ollama still accepts.
        assertThat(fake.requests("/api/show").get(0).json().path("name").asText()).isEqualTo("qwen3:4b");
    }

    @Test
    void detailsOfAMissingModelSayHowToGetIt() {
        assertThatThrownBy(() -> admin.details("mistral:7b")).isInstanceOfSatisfying(LlmException.class, e -> {
            assertThat(e.failure()).isEqualTo(LlmFailure.MODEL_NOT_FOUND);
            assertThat(e.getMessage()).contains("mistral:7b").contains("ollama pull");
        });
    }

    @Test
    void aServerThatIsNotOllamaIsToldApartFromAMissingModel() {
        try (OtherServer router = OtherServer.answering("text/html", "<html><title>Router login</title></html>")) {
            OllamaModelAdmin notOllama = new OllamaModelAdmin(OllamaSettings.defaults().withBaseUrl(router.baseUrl()));

            for (ThrowingCallable call : List.<ThrowingCallable>of(notOllama::models, notOllama::loaded,
                    () -> notOllama.details("llama3.2:3b"))) {
                assertThatThrownBy(call).isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.failure()).isEqualTo(LlmFailure.SERVER_ERROR);
                    assertThat(e.getMessage()).contains(router.baseUrl()).contains("does not look like Ollama");
                });
            }
        }
    }

    @Test
    void anEmptyAnswerIsNotTakenForAnEmptyList() {
        try (OtherServer other = OtherServer.answering("application/json", "{}")) {
            assertThatThrownBy(new OllamaModelAdmin(OllamaSettings.defaults().withBaseUrl(other.baseUrl()))::models)
                    .isInstanceOfSatisfying(LlmException.class, e -> {
                        assertThat(e.failure()).isEqualTo(LlmFailure.SERVER_ERROR);
                        assertThat(e.getMessage()).contains(other.baseUrl()).contains("does not look like Ollama");
                    });
        }
    }

    @Test
    void loadedModelsAreThoseThatAnsweredRecently() throws LlmException {
        assertThat(admin.loaded()).isEmpty();
        new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(fake.baseUrl())).generate(
                new LlmRequest("llama3.2:3b", "hi", GenerationOptions.defaults(), null), LlmListener.NONE,
                new Cancellation());

        List<LoadedModel> loaded = admin.loaded();

        assertThat(loaded).extracting(LoadedModel::name).containsExactly("llama3.2:3b");
        assertThat(loaded.get(0).contextLength()).isEqualTo(4096);
        assertThat(loaded.get(0).sizeBytes()).isPositive();
        assertThat(loaded.get(0).expiresAt()).isNotBlank();
    }

    @Test
    void pullReportsEveryLayerThenInstallsTheModel() throws LlmException {
        fake.pullable("mistral:7b", 4_000_000_000L, 12_000L).pullStepDelay(Duration.ofMillis(5));
        List<PullProgress> progress = new CopyOnWriteArrayList<>();

        admin.pull("mistral:7b", progress::add, new Cancellation());

        assertThat(progress.get(0).status()).isEqualTo("pulling manifest");
        assertThat(progress.get(progress.size() - 1).status()).isEqualTo("success");
        List<PullProgress> layers = progress.stream().filter(p -> p.digest() != null).toList();
        assertThat(layers.stream().map(PullProgress::digest).distinct()).hasSize(2);
        assertThat(layers.get(layers.size() - 1).completed()).isEqualTo(12_000L);
        assertThat(layers).filteredOn(p -> p.total() == 4_000_000_000L)
                .extracting(PullProgress::completed).contains(1_000_000_000L, 4_000_000_000L);
        assertThat(admin.models()).extracting(ModelInfo::name).contains("mistral:7b");
        assertThat(fake.requests("/api/pull").get(0).json().path("model").asText()).isEqualTo("mistral:7b");
    }

    @Test
    void anUnknownNameFailsWithAClearMessage() {
        assertThatThrownBy(() -> admin.pull("lama3.2:3b", p -> { }, new Cancellation()))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.failure()).isEqualTo(LlmFailure.MODEL_NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("Ollama could not find 'lama3.2:3b' in its library "
                            + "(pull model manifest: file does not exist). Check the name and tag, e.g. llama3.2:3b; "
                            + "the models are listed at https://ollama.com/library.");
                });
    }

    @Test
    void cancelStopsThePullAndClosesTheConnection() throws Exception {
        fake.pullable("mistral:7b", 4_000_000_000L).pullStepDelay(Duration.ofMillis(300));
        Cancellation cancel = new Cancellation();
        List<PullProgress> progress = new CopyOnWriteArrayList<>();
        Future<?> pull = background.submit(() -> {
            admin.pull("mistral:7b", progress::add, cancel);
            return null;
        });
        while (progress.stream().noneMatch(p -> p.digest() != null)) {
            Thread.sleep(10);
        }

        cancel.cancel();

        assertThatThrownBy(() -> pull.get(2, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.failure()).isEqualTo(LlmFailure.CANCELLED));
        assertThat(fake.requests("/api/pull").get(0).awaitClientDisconnect(Duration.ofSeconds(2))).isTrue();
        assertThat(admin.models()).extracting(ModelInfo::name).doesNotContain("mistral:7b");
    }

    @Test
    void pullFromAStoppedServerSaysItIsNotReachable() {
        String url = fake.baseUrl();
        fake.close();

        assertThatThrownBy(() -> admin.pull("mistral:7b", p -> { }, new Cancellation()))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.failure()).isEqualTo(LlmFailure.NOT_REACHABLE);
                    assertThat(e.getMessage()).contains(url).contains("ollama serve");
                });
    }
}
