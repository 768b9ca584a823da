package org.llm4rec.explorer.fake;

import static org.llm4rec.explorer.fake.Exchanges.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An in-process stand-in for an Ollama server, speaking its HTTP API on the loopback so that clients are tested
 * over real sockets. Models are scripted: what they answer, how fast, whether they think, and how they fail.
 *
 * <p>Metrics on the final chunk are predictable: {@link #LOAD_DURATION_NS}, one prompt token per word of the
 * messages at {@link #PROMPT_EVAL_NS_PER_TOKEN}, one output token per streamed chunk at {@link #EVAL_NS_PER_TOKEN}.
 */
public final class FakeOllama implements AutoCloseable {
    public static final String VERSION = "0.12.10";
    public static final long LOAD_DURATION_NS = 1_250_000_000L;
    public static final long PROMPT_EVAL_NS_PER_TOKEN = 2_000_000L;
    public static final long EVAL_NS_PER_TOKEN = 25_000_000L;
    /** Chunks streamed before a mid-stream fault strikes, so that there is always partial text to lose. */
    public static final int CHUNKS_BEFORE_FAULT = 3;
    /** How long SLOW_FIRST_BYTE and STALL_AFTER_HEADERS hold: longer than any client timeout a test would use. */
    static final Duration STALL = Duration.ofSeconds(30);
    /** Local-offset and without a fraction, the form every LangChain4j date parser has accepted. */
    private static final String MODIFIED_AT = "2025-05-04T17:37:44-07:00";

    /** Faults a model can be given; each mimics something a real server or network does. */
    public enum Fault {
        /** 404 {"error":"model 'x' not found"}, as when the model was removed after it was listed. */
        NOT_FOUND_404,
        /** 400 with an error text, as for options the server rejects. */
        BAD_REQUEST_400,
        /** 500 with an error text, as when the runner crashes before answering. */
        SERVER_ERROR_500,
        /** 503 "server busy", as when the queue is full. */
        BUSY_503,
        /** No headers for a long time, as during a cold load of a big model. */
        SLOW_FIRST_BYTE,
        /** Headers, then silence for a long time. */
        STALL_AFTER_HEADERS,
        /** A few chunks, then silence for a long time with the connection open, as a hung runner does. */
        STALL_MID_STREAM,
        /** A few chunks, then the socket is dropped without the end of the chunked body. */
        DISCONNECT_MID_STREAM,
        /** A few chunks, then a line that is not JSON, then the rest of the answer. */
        MALFORMED_LINE,
        /** A few chunks, then {"error":...} and a clean end: how Ollama reports an error once streaming has begun. */
        ERROR_LINE,
        /** A few chunks, then a clean end of the body without a done:true line. */
        EOF_WITHOUT_DONE,
        /** Half the answer, ending with done_reason "length" as if num_predict had been reached. */
        LENGTH_CUTOFF
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, ModelScript> models = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final ChatEndpoint chat;
    private final EmbedEndpoint embed;
    private final Map<String, List<Long>> library = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Instant> loaded = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Duration pullStepDelay = Duration.ofMillis(20);
    private final java.util.concurrent.atomic.AtomicInteger chatsInFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxChatsInFlight = new java.util.concurrent.atomic.AtomicInteger();

    private FakeOllama(HttpServer server, ExecutorService executor, Duration stall) {
        this.server = server;
        this.executor = executor;
        this.chat = new ChatEndpoint(this::script, stall);
        this.embed = new EmbedEndpoint(this::script, stall);
        server.createContext("/", this::dispatch);
    }

    /** Starts on 127.0.0.1 and a free port. */
    public static FakeOllama start() {
        return start(0);
    }

    /** Starts on 127.0.0.1 and the given port (0 for a free one). */
    public static FakeOllama start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            // The default executor is the single dispatcher thread: one slow stream would block every other request.
            ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "fake-ollama");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            FakeOllama fake = new FakeOllama(server, executor, STALL);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Ollama on port " + port, e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Installs a model with a default reply; a model already installed keeps its script. A name without a tag is
     * installed as ":latest", the way {@code ollama pull llama3.2} installs "llama3.2:latest".
     */
    public FakeOllama model(String name) {
        models.putIfAbsent(tagged(name), ModelScript.installed(tagged(name)));
        return this;
    }

    /** Ollama's reading of a requested name: no tag after the last "/" means ":latest". */
    private static String tagged(String name) {
        String model = name.substring(name.lastIndexOf('/') + 1);
        return model.contains(":") || model.contains("@") ? name : name + ":latest";
    }

    /** The installed model a request names ("llama3.2" finds "llama3.2:latest"), null when there is none. */
    private ModelScript script(String requested) {
        return requested.isEmpty() ? null : models.get(tagged(requested));
    }

    public FakeOllama reply(String model, String text) {
        return replies(model, prompt -> text);
    }

    public FakeOllama replies(String model, Function<String, String> answerForPrompt) {
        return update(model, script -> script.withAnswer(answerForPrompt));
    }

    public FakeOllama chunkDelay(String model, Duration delay) {
        return update(model, script -> script.withChunkDelay(delay));
    }

    /**
     * How long the model takes before its first token, per prompt: prompts that take different times make
     * concurrent answers arrive in another order than they were asked in, as on a real server.
     */
    public FakeOllama promptTime(String model, Function<String, Duration> time) {
        return update(model, script -> script.withPromptTime(time));
    }

    /** Makes the model a thinking one: it streams this trace first, and accepts {@code think:true}. */
    public FakeOllama thinking(String model, String thinkingText) {
        return update(model, script -> script.withThinking(thinkingText));
    }

    /** Injects a fault into every chat request for this model; null removes it. */
    public FakeOllama fault(String model, Fault fault) {
        return update(model, script -> script.withFault(fault));
    }

    /**
     * Puts a model in the fake's library, so that {@code /api/pull} downloads it (layers of these sizes, in
     * {@link PullEndpoint#STEPS} steps each) and installs it; any other name is unknown to the library.
     */
    public FakeOllama pullable(String model, long... layerSizes) {
        library.put(model, java.util.Arrays.stream(layerSizes).boxed().toList());
        return this;
    }

    /** The pause between pull progress lines. */
    public FakeOllama pullStepDelay(Duration delay) {
        pullStepDelay = delay;
        return this;
    }

    /** The most chat requests this fake was answering at the same time. */
    public int maxConcurrentChats() {
        return maxChatsInFlight.get();
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests to one path, e.g. "/api/chat". */
    public List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        // Interrupts handlers that are stalling or streaming slowly, so no thread outlives the test.
        executor.shutdownNow();
    }

    private FakeOllama update(String model, UnaryOperator<ModelScript> change) {
        models.compute(tagged(model),
                (name, script) -> change.apply(script == null ? ModelScript.installed(name) : script));
        return this;
    }

    /**
     * Not a try-with-resources on purpose: closing the exchange writes the end of a chunked body, and a fault that
     * drops the connection must leave the body unfinished; the server closes the socket when a handler throws.
     */
    private void dispatch(HttpExchange exchange) throws IOException {
        RecordedRequest recorded = record(exchange);
        String route = exchange.getRequestMethod() + " " + recorded.path();
        switch (route) {
            case "GET /", "HEAD /" -> Exchanges.sendText(exchange, 200, "Ollama is running");
            case "GET /api/version", "HEAD /api/version" ->
                    Exchanges.sendJson(exchange, 200, JSON.createObjectNode().put("version", VERSION));
            case "GET /api/tags" -> Exchanges.sendJson(exchange, 200, tags());
            case "GET /api/ps" -> Exchanges.sendJson(exchange, 200, runningModels());
            case "POST /api/show" -> show(exchange, recorded);
            case "POST /api/embed" -> embed.handle(exchange, recorded);
            case "POST /api/pull" -> new PullEndpoint(library, this::model, pullStepDelay).handle(exchange, recorded);
            case "POST /api/chat" -> {
                chatsInFlight.accumulateAndGet(1, (now, one) -> {
                    int running = now + one;
                    maxChatsInFlight.accumulateAndGet(running, Math::max);
                    return running;
                });
                try {
                    chat.handle(exchange, recorded);
                } finally {
                    chatsInFlight.decrementAndGet();
                }
                markLoaded(recorded);
            }
            default -> Exchanges.sendText(exchange, 404, "404 page not found");
        }
        exchange.close();
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        RecordedRequest recorded = RecordedRequest.read(exchange);
        requests.add(recorded);
        return recorded;
    }

    private ObjectNode tags() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("models");
        for (ModelScript script : scripts()) {
            list.addObject()
                    .put("name", script.name())
                    .put("model", script.name())
                    .put("modified_at", MODIFIED_AT)
                    .put("size", script.sizeBytes())
                    .put("digest", script.digest())
                    .set("details", details(script));
        }
        return body;
    }

    /** Ollama still accepts the older "name" field, and LangChain4j's OllamaModels sends it. */
    private void show(HttpExchange exchange, RecordedRequest recorded) throws IOException {
        JsonNode request = recorded.body().isBlank() ? JSON.createObjectNode() : recorded.json();
        String name = request.path("model").asText("");
        if (name.isEmpty()) {
            name = request.path("name").asText("");
        }
        if (name.isEmpty()) {
            Exchanges.sendError(exchange, 400, "model is required");
            return;
        }
        ModelScript script = script(name);
        if (script == null) {
            Exchanges.sendError(exchange, 404, "model '" + name + "' not found");
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("modelfile", "FROM " + script.name() + "\n");
        body.put("parameters", "stop \"<|eot_id|>\"");
        body.put("template", "{{ .Prompt }}");
        body.set("details", details(script));
        body.putObject("model_info")
                .put("general.architecture", script.family())
                .put(script.family() + ".context_length", 131072);
        ArrayNode capabilities = body.putArray("capabilities").add("completion");
        if (script.canThink()) {
            capabilities.add("thinking");
        }
        body.put("modified_at", MODIFIED_AT);
        Exchanges.sendJson(exchange, 200, body);
    }

    /** Models that answered a chat stay "loaded" for their keep_alive (default 5 minutes), as on a real server. */
    private ObjectNode runningModels() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("models");
        Instant now = Instant.now();
        loaded.forEach((name, expires) -> {
            ModelScript script = models.get(name);
            if (script != null && expires.isAfter(now)) {
                list.addObject().put("name", name).put("model", name).put("size", script.sizeBytes())
                        .put("digest", script.digest()).put("expires_at", expires.toString())
                        .put("size_vram", script.sizeBytes()).put("context_length", 4096)
                        .set("details", details(script));
            }
        });
        return body;
    }

    private void markLoaded(RecordedRequest chat) {
        JsonNode request;
        try {
            request = JSON.readTree(chat.body());
        } catch (IOException notJson) {
            return;
        }
        String name = request.path("model").asText("");
        ModelScript script = script(name);
        if (script != null) {
            loaded.put(script.name(), Instant.now().plusSeconds(request.path("keep_alive").asLong(300)));
        }
    }

    private static ObjectNode details(ModelScript script) {
        ObjectNode details = JSON.createObjectNode();
        details.put("parent_model", "");
        details.put("format", "gguf");
        details.put("family", script.family());
        details.putArray("families").add(script.family());
        details.put("parameter_size", script.parameterSize());
        details.put("quantization_level", script.quantization());
        return details;
    }

    private List<ModelScript> scripts() {
        synchronized (models) {
            return new ArrayList<>(models.values());
        }
    }
}
