package org.llm4rec.explorer.llm;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.ServerStatus;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.OtherServer;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OllamaLlmClientServerTest {
    private FakeOllama fake;

    @BeforeEach
    void start() {
        fake = FakeOllama.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void statusOfARunningServerHasItsVersion() {
        ServerStatus status = client(fake.baseUrl()).status();

        assertThat(status).isEqualTo(new ServerStatus(fake.baseUrl(), true, FakeOllama.VERSION, null));
        assertThat(fake.requests()).extracting(r -> r.method() + " " + r.path()).containsExactly("GET /api/version");
    }

    @Test
    void statusOfAClosedPortSaysWhereAndWhatToDo() {
        String url = fake.baseUrl();
        fake.close();

        ServerStatus status = client(url).status();

        assertThat(status.reachable()).isFalse();
        assertThat(status.version()).isNull();
        assertThat(status.url()).isEqualTo(url);
        assertThat(status.message()).isEqualTo("Ollama is not reachable at " + url + ". Start it with `ollama serve`, "
                + "then pull a model, e.g. `ollama pull llama3.2:3b`.");
    }

    @Test
    void statusOfSomethingThatIsNotOllamaSaysSo() {
        try (OtherServer other = OtherServer.answering("text/html", "<html>router login</html>")) {
            String url = other.baseUrl();

            ServerStatus status = client(url).status();

            assertThat(status.reachable()).isFalse();
            assertThat(status.message()).contains(url).contains("does not look like Ollama");
        }
    }

    @Test
    void modelsListsExactlyTheInstalledModelsWithTheirDetails() throws LlmException {
        fake.model("llama3.2:3b").model("qwen3:4b");

        List<ModelInfo> models = client(fake.baseUrl()).models();

        assertThat(models).extracting(ModelInfo::name).containsExactly("llama3.2:3b", "qwen3:4b");
        ModelInfo llama = models.get(0);
        assertThat(llama.digest()).matches("[0-9a-f]{64}");
        assertThat(llama.family()).isEqualTo("llama");
        assertThat(llama.parameterSize()).isEqualTo("3B");
        assertThat(llama.quantization()).isEqualTo("Q4_K_M");
        assertThat(llama.sizeBytes()).isPositive();
        assertThat(models.get(1).digest()).isNotEqualTo(llama.digest());
    }

    @Test
    void modelsOfAnEmptyServerIsEmpty() throws LlmException {
        assertThat(client(fake.baseUrl()).models()).isEmpty();
    }

    @Test
    void modelsOfAClosedPortIsNotReachable() {
        String url = fake.baseUrl();
        fake.close();

        LlmException failure = catchThrowableOfType(LlmException.class, () -> client(url).models());

        assertThat(failure.failure()).isEqualTo(LlmFailure.NOT_REACHABLE);
        assertThat(failure.getMessage()).contains(url).contains("ollama serve");
    }

    private static OllamaLlmClient client(String url) {
        return new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(url));
    }
}
