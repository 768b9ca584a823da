package org.llm4rec.explorer.fake;

import static org.llm4rec.explorer.fake.Exchanges.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small stand-in for an OpenAI-compatible server (vLLM, llama.cpp server, LM Studio): {@code GET /v1/models}
 * and {@code POST /v1/chat/completions} streamed as server-sent events, one word per chunk, then a usage chunk
 * and {@code data: [DONE]}. An unknown model gets the 404 error body vLLM sends.
 */
public final class FakeOpenAi implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private FakeOpenAi(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        server.createContext("/", this::dispatch);
    }

    public static FakeOpenAi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "fake-openai");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            FakeOpenAi fake = new FakeOpenAi(server, executor);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL with the API path, as users enter it for vLLM. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public FakeOpenAi reply(String model, String text) {
        replies.put(model, text);
        return this;
    }

    public List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        RecordedRequest recorded = RecordedRequest.read(exchange);
        requests.add(recorded);
        switch (exchange.getRequestMethod() + " " + recorded.path()) {
            case "GET /v1/models" -> Exchanges.sendJson(exchange, 200, models());
            case "POST /v1/chat/completions" -> chat(exchange, recorded.json());
            default -> Exchanges.sendJson(exchange, 404, error("Not Found"));
        }
        exchange.close();
    }

    private ObjectNode models() {
        ObjectNode body = JSON.createObjectNode().put("object", "list");
        replies.keySet().forEach(id -> body.withArray("data").addObject().put("id", id).put("object", "model")
                .put("owned_by", "vllm"));
        return body;
    }

    private void chat(HttpExchange exchange, JsonNode request) throws IOException {
        String model = request.path("model").asText("");
        String reply = replies.get(model);
        if (reply == null) {
            Exchanges.sendJson(exchange, 404, error("The model `" + model + "` does not exist."));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<String> words = ChatTurn.chunks(reply);
        for (String word : words) {
            event(out, chunk(model).set("choices", JSON.createArrayNode().add(JSON.createObjectNode().put("index", 0)
                    .set("delta", JSON.createObjectNode().put("content", word)))));
        }
        ObjectNode last = chunk(model);
        last.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        event(out, last);
        ObjectNode usage = chunk(model);
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 12).put("completion_tokens", words.size())
                .put("total_tokens", 12 + words.size());
        event(out, usage);
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.close();
    }

    private static ObjectNode chunk(String model) {
        return JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion.chunk")
                .put("created", 1_750_000_000L).put("model", model);
    }

    private static ObjectNode error(String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", "NotFoundError").put("code", 404);
        return body;
    }

    private static void event(OutputStream out, ObjectNode data) throws IOException {
        out.write(("data: " + Exchanges.compact(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
