package org.llm4rec.explorer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.llm4rec.explorer.domain.GenerationOptions;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.fake.FakeOpenAi;

/** An OpenAI-compatible server through LangChain4j's OpenAI module, beside the Ollama module in one JVM. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OpenAiCompatibleClientTest {
    private static final String MODEL = "Qwen/Qwen2.5-7B-Instruct";
    private final FakeOpenAi fake = FakeOpenAi.start().reply(MODEL, "Dune, because you like deserts.");
    private final OpenAiCompatibleClient client =
            new OpenAiCompatibleClient(fake.baseUrl(), OllamaSettings.defaults().withBaseUrl(fake.baseUrl()));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void streamsTheAnswerWithUsageAndSendsTheOptions() throws LlmException {
        StringBuilder streamed = new StringBuilder();
        GenerationOptions options = new GenerationOptions(0.3, 0.85, 30, 7, 4096, 256, 1.15, List.of("END"), null);

        LlmResult result = client.generate(new LlmRequest(MODEL, "Recommend a book", options, null),
                streamed::append, new Cancellation());

        assertThat(result.text()).isEqualTo("Dune, because you like deserts.");
        assertThat(streamed).hasToString(result.text());
        assertThat(result.doneReason()).isEqualTo("stop");
        assertThat(result.metrics().promptTokens()).isEqualTo(12);
        assertThat(result.metrics().outputTokens()).isEqualTo(5);
        assertThat(result.metrics().servedBy()).isEqualTo(fake.baseUrl());
        JsonNode sent = fake.requests("/v1/chat/completions").get(0).json();
        assertThat(sent.path("model").asText()).isEqualTo(MODEL);
        assertThat(sent.path("stream").asBoolean()).isTrue();
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(sent.path("top_p").asDouble()).isEqualTo(0.85);
        assertThat(sent.path("seed").asInt()).isEqualTo(7);
        assertThat(sent.path("max_tokens").asInt()).isEqualTo(256);
        assertThat(sent.path("stop").get(0).asText()).isEqualTo("END");
        assertThat(sent.path("top_k").asInt()).isEqualTo(30);
        assertThat(sent.path("repetition_penalty").asDouble()).isEqualTo(1.15);
    }

    @Test
    void listsTheServedModelsWithoutADigest() throws LlmException {
        assertThat(client.models()).extracting(ModelInfo::name, ModelInfo::digest).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MODEL, ""));
        assertThat(client.status().reachable()).isTrue();
    }

    @Test
    void anUnknownModelAndAStoppedServerAreToldApart() {
        assertThatThrownBy(() -> client.generate(new LlmRequest("nope", "hi", GenerationOptions.defaults(), null),
                LlmListener.NONE, new Cancellation())).isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.failure()).isEqualTo(LlmFailure.MODEL_NOT_FOUND);
                    assertThat(e.getMessage()).contains("The model `nope` does not exist.");
                });
        fake.close();
        assertThatThrownBy(() -> client.generate(new LlmRequest(MODEL, "hi", GenerationOptions.defaults(), null),
                LlmListener.NONE, new Cancellation())).isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.failure()).isEqualTo(LlmFailure.NOT_REACHABLE));
        assertThat(client.status().reachable()).isFalse();
    }

    @Test
    void aListenerThatFailsDoesNotBreakTheAnswer() throws LlmException {
        LlmResult result = client.generate(new LlmRequest(MODEL, "Recommend a book", GenerationOptions.defaults(),
                null), chunk -> {
                    throw new IllegalStateException("the window was closed");
                }, new Cancellation());

        assertThat(result.text()).isEqualTo("Dune, because you like deserts.");
        assertThat(result.metrics().timeToFirstTokenMs()).isNotNull();
    }

    @Test
    void anAddressWithoutTheApiPathSaysWhatToFix() {
        String withoutApiPath = fake.baseUrl().substring(0, fake.baseUrl().length() - "/v1".length());
        OpenAiCompatibleClient wrong = new OpenAiCompatibleClient(withoutApiPath, OllamaSettings.defaults());

        assertThat(wrong.status().reachable()).isFalse();
        assertThat(wrong.status().message()).contains(withoutApiPath).contains("HTTP 404")
                .contains("ends with the API path, e.g. /v1");
        assertThatThrownBy(wrong::models).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.failure()).isEqualTo(LlmFailure.SERVER_ERROR));
    }

    @Test
    void theOllamaModuleStillFindsItsHttpClientBesideTheOpenAiOne() throws LlmException {
        try (FakeOllama ollama = FakeOllama.start().reply("llama3.2:3b", "still here")) {
            LlmResult result = new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(ollama.baseUrl()))
                    .generate(new LlmRequest("llama3.2:3b", "hi", GenerationOptions.defaults(), null),
                            LlmListener.NONE, new Cancellation());
            assertThat(result.text()).isEqualTo("still here");
        }
        assertThat(client.generate(new LlmRequest(MODEL, "hi", GenerationOptions.defaults(), null),
                LlmListener.NONE, new Cancellation()).text()).startsWith("Dune");
    }
}
