package org.llm4rec.explorer.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One request as it arrived at the {@link FakeOllama}, so that tests can assert on the wire format rather than on
 * what the client meant to send.
 */
public final class RecordedRequest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final String body;
    private final CountDownLatch clientGone = new CountDownLatch(1);

    RecordedRequest(String method, String path, Map<String, List<String>> headers, String body) {
        this.method = method;
        this.path = path;
        this.headers = Map.copyOf(headers);
        this.body = body;
    }

    /** Reads the whole body of the request being answered. */
    static RecordedRequest read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** Header names as the JDK server normalised them ("Content-type"); use {@link #header} to look one up. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, looked up without regard to case, or null. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst().orElse(null);
    }

    /** The raw body, exactly as sent (LangChain4j pretty-prints it). */
    public String body() {
        return body;
    }

    /** The body parsed as JSON; fails the test when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("request body is not JSON: " + body, e);
        }
    }

    /** True once a write to this request's stream failed because the client had closed the connection. */
    public boolean clientDisconnected() {
        return clientGone.getCount() == 0;
    }

    /**
     * Waits until the fake notices that the client closed the connection. The fake only notices on its next write,
     * so this returns within one chunk delay of the close.
     */
    public boolean awaitClientDisconnect(Duration timeout) throws InterruptedException {
        return clientGone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void markClientDisconnected() {
        clientGone.countDown();
    }

    @Override
    public String toString() {
        return method + " " + path + (body.isEmpty() ? "" : " " + body.replaceAll("\\s+", " "));
    }
}
