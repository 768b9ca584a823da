package org.llm4rec.explorer.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** The fake must behave like Ollama on the wire, or tests against it prove nothing. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FakeOllamaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HELLO = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
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
    void listensOnTheLoopbackAndAnswersTheLivenessProbes() throws Exception {
        assertThat(fake.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(get("/").body()).isEqualTo("Ollama is running");
        assertThat(send(HttpRequest.newBuilder(uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(200);
        assertThat(json(get("/api/version")).path("version").asText()).isEqualTo(FakeOllama.VERSION);
        assertThat(json(get("/api/ps")).path("models").isArray()).isTrue();
        assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void tagsListsExactlyTheInstalledModels() throws Exception {
        assertThat(get("/api/tags").body()).isEqualTo("{\"models\":[]}");

        fake.model("llama3.2:3b").reply("qwen3:4b", "hi");
        JsonNode models = json(get("/api/tags")).path("models");

        assertThat(models).extracting(m -> m.path("name").asText()).containsExactly("llama3.2:3b", "qwen3:4b");
        JsonNode llama = models.get(0);
        assertThat(llama.path("model").asText()).isEqualTo("llama3.2:3b");
        assertThat(llama.path("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(llama.path("modified_at").asText()).doesNotContain(".");
        assertThat(llama.path("details").path("family").asText()).isEqualTo("llama");
        assertThat(llama.path("details").path("parameter_size").asText()).isEqualTo("3B");
        assertThat(llama.path("details").path("quantization_level").asText()).isEqualTo("Q4_K_M");
    }

    @Test
    void aNameWithoutATagIsListedAndAnsweredAsLatest() throws Exception {
        fake.model("llama3.2").reply("llama3.2", "hi there");

        assertThat(json(get("/api/tags")).path("models")).extracting(m -> m.path("name").asText())
                .containsExactly("llama3.2:latest");
        String chat = "{\"model\":\"%s\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        assertThat(json(post("/api/chat", chat.formatted("llama3.2"))).path("message").path("content").asText())
                .isEqualTo("hi there");
        assertThat(json(post("/api/chat", chat.formatted("llama3.2:latest"))).path("message").path("content")
                .asText()).isEqualTo("hi there");
        HttpResponse<String> otherTag = post("/api/chat", chat.formatted("llama3.2:1b"));
        assertThat(otherTag.statusCode()).isEqualTo(404);
        assertThat(otherTag.body()).isEqualTo("{\"error\":\"model 'llama3.2:1b' not found\"}");
    }

    @Test
    void showAcceptsTheOldNameFieldAndGivesTheReal404() throws Exception {
        fake.model("llama3.2:3b").thinking("qwen3:4b", "hmm");

        assertThat(json(post("/api/show", "{\"name\":\"llama3.2:3b\"}")).path("capabilities"))
                .extracting(JsonNode::asText).containsExactly("completion");
        assertThat(json(post("/api/show", "{\"model\":\"qwen3:4b\"}")).path("capabilities"))
                .extracting(JsonNode::asText).containsExactly("completion", "thinking");
        HttpResponse<String> missing = post("/api/show", "{\"model\":\"nope\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error\":\"model 'nope' not found\"}");
    }

    @Test
    void chatStreamsCompactLinesWithMetricsOnlyOnTheLast() throws Exception {
        fake.reply("m", "alpha beta gamma");

        List<String> lines = post("/api/chat", "{\n  \"model\" : \"m\",\n  \"messages\" : [ {\"role\":\"user\","
                + "\"content\":\"two words\"} ]\n}").body().lines().toList();

        assertThat(lines).hasSize(4);
        List<JsonNode> chunks = new ArrayList<>();
        for (String line : lines) {
            chunks.add(JSON.readTree(line));
        }
        for (JsonNode chunk : chunks.subList(0, 3)) {
            assertThat(chunk.path("done").asBoolean()).isFalse();
            assertThat(chunk.path("message").path("role").asText()).isEqualTo("assistant");
            assertThat(chunk.has("eval_count")).isFalse();
        }
        assertThat(chunks).extracting(c -> c.path("message").path("content").asText())
                .containsExactly("alpha ", "beta ", "gamma", "");
        JsonNode done = chunks.get(3);
        assertThat(done.path("done").asBoolean()).isTrue();
        assertThat(done.path("done_reason").asText()).isEqualTo("stop");
        assertThat(done.path("eval_count").asInt()).isEqualTo(3);
        assertThat(done.path("prompt_eval_count").asInt()).isEqualTo(2);
        assertThat(done.path("eval_duration").asLong()).isEqualTo(3 * FakeOllama.EVAL_NS_PER_TOKEN);
        assertThat(done.path("load_duration").asLong()).isEqualTo(FakeOllama.LOAD_DURATION_NS);
        assertThat(fake.requests("/api/chat").get(0).header("Content-Type")).isNull();
    }

    @Test
    void chatWithoutStreamingAnswersOnce() throws Exception {
        fake.reply("m", "alpha beta").thinking("m", "first thought");

        HttpResponse<String> response = post("/api/chat",
                "{\"model\":\"m\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode body = json(response);
        assertThat(body.path("message").path("content").asText()).isEqualTo("alpha beta");
        assertThat(body.path("message").path("thinking").asText()).isEqualTo("first thought");
        assertThat(body.path("done").asBoolean()).isTrue();
    }

    @Test
    void chatFollowsTheServersRulesForModelsThinkingStopAndLimits() throws Exception {
        fake.reply("m", "one two three END four five");

        HttpResponse<String> unknown = post("/api/chat", "{\"model\":\"x\",\"messages\":[]}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"model 'x' not found\"}");

        HttpResponse<String> think = post("/api/chat", "{\"model\":\"m\",\"think\":true,\"messages\":[]}");
        assertThat(think.statusCode()).isEqualTo(400);
        assertThat(think.body()).contains("does not support thinking");

        JsonNode stopped = json(post("/api/chat", "{\"model\":\"m\",\"stream\":false,\"options\":{\"stop\":[\"END\"]},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"));
        assertThat(stopped.path("message").path("content").asText()).isEqualTo("one two three ");
        assertThat(stopped.path("done_reason").asText()).isEqualTo("stop");

        JsonNode limited = json(post("/api/chat", "{\"model\":\"m\",\"stream\":false,\"options\":{\"num_predict\":2},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"));
        assertThat(limited.path("message").path("content").asText()).isEqualTo("one two ");
        assertThat(limited.path("done_reason").asText()).isEqualTo("length");
    }

    @Test
    void anErrorAfterStreamingBeganIsALineNotAStatus() throws Exception {
        fake.reply("m", "a b c d e").fault("m", FakeOllama.Fault.ERROR_LINE);

        HttpResponse<String> response = post("/api/chat", HELLO);

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(FakeOllama.CHUNKS_BEFORE_FAULT + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "{\"error\":\"an error was encountered while running the model\"}");
    }

    @Test
    void aDroppedConnectionIsNotACleanEnd() {
        fake.reply("m", "a b c d e").fault("m", FakeOllama.Fault.DISCONNECT_MID_STREAM);

        assertThatThrownBy(() -> post("/api/chat", HELLO))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anEmptyConversationOnlyLoadsTheModel() throws Exception {
        fake.model("m");

        JsonNode loaded = json(post("/api/chat", "{\"model\":\"m\",\"messages\":[]}"));

        assertThat(loaded.path("done_reason").asText()).isEqualTo("load");
        assertThat(loaded.path("message").path("content").asText()).isEmpty();
    }

    @Test
    void recordsEveryRequestWithItsBody() throws Exception {
        fake.model("m");
        get("/api/tags");
        post("/api/chat", "{\"model\":\"m\",\"options\":{\"seed\":42},\"messages\":[]}");
        post("/api/chat", HELLO);

        assertThat(fake.requests()).extracting(RecordedRequest::method, RecordedRequest::path)
                .containsExactly(tuple("GET", "/api/tags"),
                        tuple("POST", "/api/chat"), tuple("POST", "/api/chat"));
        assertThat(fake.requests("/api/chat").get(0).json().path("options").path("seed").asInt()).isEqualTo(42);
    }

    private URI uri(String path) {
        return URI.create(fake.baseUrl() + path);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** No Content-Type, as older LangChain4j streaming requests had none. */
    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
