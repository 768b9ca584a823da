package org.llm4rec.explorer.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's /api/embed speaks Ollama's wire format: one unit vector per input, the real errors. */
class FakeEmbedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private FakeOllama fake;

    @BeforeEach
    void start() {
        fake = FakeOllama.start().model("all-minilm");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void anArrayGivesOneUnitVectorPerInputWithNanosecondMetrics() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"all-minilm\",\"input\":[\"Dune\",\"Dune Messiah\",\"\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).doesNotContain("\n");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("model").asText()).isEqualTo("all-minilm");
        assertThat(body.path("embeddings")).hasSize(3);
        assertThat(norm(body.path("embeddings").get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(norm(body.path("embeddings").get(2))).as("an empty text has no words").isZero();
        assertThat(body.path("embeddings").get(0)).hasSize(EmbedEndpoint.DIMENSIONS);
        assertThat(body.path("total_duration").asLong()).isGreaterThan(body.path("load_duration").asLong());
        assertThat(body.path("prompt_eval_count").asInt()).isEqualTo(3);
    }

    @Test
    void aSingleStringIsOneInputAndTheSameTextTheSameVector() throws Exception {
        JsonNode one = JSON.readTree(post("{\"model\":\"all-minilm\",\"input\":\"Dune\"}").body());
        JsonNode again = JSON.readTree(post("{\"model\":\"all-minilm\",\"input\":[\"Dune\"]}").body());

        assertThat(one.path("embeddings")).hasSize(1);
        assertThat(one.path("embeddings").get(0)).isEqualTo(again.path("embeddings").get(0));
    }

    @Test
    void errorsAreOllamasOwn() throws Exception {
        HttpResponse<String> unknown = post("{\"model\":\"nomic-embed-text\",\"input\":[\"x\"]}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":\"model 'nomic-embed-text' not found\"}");

        HttpResponse<String> badInput = post("{\"model\":\"all-minilm\",\"input\":[1,2]}");
        assertThat(badInput.statusCode()).isEqualTo(400);
        assertThat(badInput.body()).contains("invalid input type");

        assertThat(post("{\"input\":[\"x\"]}").body()).contains("model is required");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/api/embed"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double norm(JsonNode vector) {
        double sum = 0;
        for (JsonNode x : vector) {
            sum += x.asDouble() * x.asDouble();
        }
        return Math.sqrt(sum);
    }
}
