package org.llm4rec.explorer.fake;

import static org.llm4rec.explorer.fake.Exchanges.JSON;
import static org.llm4rec.explorer.fake.FakeOllama.Fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** {@code POST /api/chat}: validation and errors as Ollama does them, then NDJSON streaming or one JSON object. */
final class ChatEndpoint extends ModelEndpoint {
    private static final Set<Fault> MID_STREAM = EnumSet.of(Fault.STALL_MID_STREAM, Fault.DISCONNECT_MID_STREAM,
            Fault.MALFORMED_LINE, Fault.ERROR_LINE, Fault.EOF_WITHOUT_DONE);
    private static final Set<String> THINK_LEVELS = Set.of("low", "medium", "high", "max");
    /** A chunk cut off in the middle, as a proxy or a broken server might send it. */
    private static final String BROKEN_LINE = "{\"model\":\"x\",\"message\":{\"role\":\"assistant\",\"content\":\"tru";

    ChatEndpoint(Function<String, ModelScript> scripts, Duration stall) {
        super(scripts, stall);
    }

    @Override
    void answer(HttpExchange exchange, RecordedRequest recorded, JsonNode request, String model, ModelScript script)
            throws IOException {
        if (refusedBeforeGenerating(exchange, script, request)) {
            return;
        }
        if (request.path("messages").isEmpty()) {
            // How clients warm a model up: Ollama loads it and answers with a single done line.
            ObjectNode loaded = header(model);
            loaded.set("message", message("", null));
            loaded.put("done_reason", "load");
            loaded.put("done", true);
            Exchanges.sendJson(exchange, 200, loaded);
            return;
        }
        ChatTurn turn = ChatTurn.plan(script, request);
        if (script.fault() == Fault.SLOW_FIRST_BYTE) {
            pause(stall);
        }
        pause(turn.promptTime());
        if (request.path("stream").asBoolean(true)) {
            stream(exchange, recorded, script, turn);
        } else {
            single(exchange, script, turn);
        }
    }

    /** Errors that a real server reports with a status code because nothing has been streamed yet. */
    private boolean refusedBeforeGenerating(HttpExchange exchange, ModelScript script, JsonNode request)
            throws IOException {
        String model = script.name();
        Fault fault = script.fault();
        if (fault == Fault.BAD_REQUEST_400) {
            Exchanges.sendError(exchange, 400, "invalid options: num_ctx must be positive");
        } else if (fault == Fault.SERVER_ERROR_500) {
            Exchanges.sendError(exchange, 500, "llama runner process has terminated: exit status 2");
        } else if (fault == Fault.BUSY_503) {
            Exchanges.sendError(exchange, 503, "server busy, please try again.  maximum pending requests exceeded");
        } else if (invalidThink(request.path("think"))) {
            Exchanges.sendError(exchange, 400, "invalid think value: " + request.path("think"));
        } else if (request.path("think").asBoolean(false) && !script.canThink()) {
            Exchanges.sendError(exchange, 400, "\"" + model + "\" does not support thinking");
        } else if (invalidFormat(request.path("format"))) {
            Exchanges.sendError(exchange, 500, "invalid format: " + request.path("format")
                    + "; expected \"json\" or a valid JSON Schema object");
        } else {
            return false;
        }
        return true;
    }

    private static boolean invalidThink(JsonNode think) {
        return !think.isMissingNode() && !think.isNull() && !think.isBoolean()
                && !(think.isTextual() && THINK_LEVELS.contains(think.asText()));
    }

    private static boolean invalidFormat(JsonNode format) {
        return !format.isMissingNode() && !format.isNull() && !format.isObject()
                && !(format.isTextual() && (format.asText().isEmpty() || "json".equals(format.asText())));
    }

    private void stream(HttpExchange exchange, RecordedRequest recorded, ModelScript script, ChatTurn turn)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", Exchanges.NDJSON_TYPE);
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        List<Piece> pieces = new ArrayList<>();
        turn.thinking().forEach(text -> pieces.add(new Piece("", text)));
        turn.content().forEach(text -> pieces.add(new Piece(text, null)));
        int faultAt = MID_STREAM.contains(script.fault())
                ? Math.min(FakeOllama.CHUNKS_BEFORE_FAULT, pieces.size()) : -1;
        try {
            out.flush();
            if (script.fault() == Fault.STALL_AFTER_HEADERS) {
                pause(stall);
            }
            for (int i = 0; i <= pieces.size(); i++) {
                if (i == faultAt && injectFault(out, script)) {
                    return;
                }
                if (i < pieces.size()) {
                    writeLine(out, chunk(script.name(), pieces.get(i)));
                    pause(script.chunkDelay());
                }
            }
            writeLine(out, Exchanges.compact(done(script.name(), turn, message("", null))));
            out.close();
        } catch (IOException clientClosed) {
            recorded.markClientDisconnected();
            exchange.close();
        }
    }

    /** Returns true when the stream must end here. */
    private boolean injectFault(OutputStream out, ModelScript script) throws IOException {
        switch (script.fault()) {
            case DISCONNECT_MID_STREAM:
                // An exception escaping the handler makes the JDK server drop the socket without the final
                // zero-length chunk: the client sees the same broken stream as when Ollama's runner dies.
                // The pause first lets the client read the chunks already sent: a socket reset right after them
                // can discard them unread, which would make the text-before-the-fault unpredictable.
                pause(Duration.ofMillis(100));
                throw new IllegalStateException("fake Ollama drops the connection mid-stream");
            case MALFORMED_LINE:
                writeLine(out, BROKEN_LINE);
                return false;
            case STALL_MID_STREAM:
                pause(stall);
                return false;
            case ERROR_LINE:
                writeLine(out, "{\"error\":\"an error was encountered while running the model\"}");
                out.close();
                return true;
            case EOF_WITHOUT_DONE:
                out.close();
                return true;
            default:
                throw new IllegalStateException("not a mid-stream fault: " + script.fault());
        }
    }

    private void single(HttpExchange exchange, ModelScript script, ChatTurn turn) throws IOException {
        Fault fault = script.fault();
        if (fault == Fault.DISCONNECT_MID_STREAM || fault == Fault.EOF_WITHOUT_DONE) {
            throw new IllegalStateException("fake Ollama drops the connection before answering");
        } else if (fault == Fault.ERROR_LINE) {
            Exchanges.sendError(exchange, 500, "an error was encountered while running the model");
        } else if (fault == Fault.MALFORMED_LINE) {
            Exchanges.send(exchange, 200, Exchanges.JSON_TYPE, BROKEN_LINE);
        } else {
            String thinking = turn.thinking().isEmpty() ? null : turn.thinkingText();
            Exchanges.sendJson(exchange, 200, done(script.name(), turn, message(turn.contentText(), thinking)));
        }
    }

    private static String chunk(String model, Piece piece) {
        ObjectNode line = header(model);
        line.set("message", message(piece.content(), piece.thinking()));
        line.put("done", false);
        return Exchanges.compact(line);
    }

    /**
     * The final object: the only one with metrics, all in nanoseconds, each left out when zero as Go's omitempty
     * does. The durations follow from the fake's fixed per-token costs so that tests can predict them.
     */
    private static ObjectNode done(String model, ChatTurn turn, ObjectNode message) {
        ObjectNode line = header(model);
        line.set("message", message);
        line.put("done", true);
        line.put("done_reason", turn.doneReason());
        long promptEval = turn.promptTokens() * FakeOllama.PROMPT_EVAL_NS_PER_TOKEN;
        long eval = turn.outputTokens() * FakeOllama.EVAL_NS_PER_TOKEN;
        line.put("total_duration", FakeOllama.LOAD_DURATION_NS + promptEval + eval);
        line.put("load_duration", FakeOllama.LOAD_DURATION_NS);
        putUnlessZero(line, "prompt_eval_count", turn.promptTokens());
        putUnlessZero(line, "prompt_eval_duration", promptEval);
        putUnlessZero(line, "eval_count", turn.outputTokens());
        putUnlessZero(line, "eval_duration", eval);
        return line;
    }

    private static ObjectNode header(String model) {
        ObjectNode line = JSON.createObjectNode();
        line.put("model", model);
        line.put("created_at", Instant.now().toString());
        return line;
    }

    private static ObjectNode message(String content, String thinking) {
        ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", content);
        if (thinking != null && !thinking.isEmpty()) {
            message.put("thinking", thinking);
        }
        return message;
    }

    /** One streamed piece: content, or thinking with empty content as Ollama sends it. */
    private record Piece(String content, String thinking) {
    }

    private static void putUnlessZero(ObjectNode node, String field, long value) {
        if (value != 0) {
            node.put(field, value);
        }
    }

    private static void writeLine(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
