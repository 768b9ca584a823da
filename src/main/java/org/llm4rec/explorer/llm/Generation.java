package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.domain.llm.Cancellation;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;
import org.llm4rec.explorer.domain.llm.LlmListener;
import org.llm4rec.explorer.domain.llm.LlmMetrics;
import org.llm4rec.explorer.domain.llm.LlmRequest;
import org.llm4rec.explorer.domain.llm.LlmResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One streamed answer from either kind of server, from sending to the end: collects what LangChain4j delivers,
 * watches the raw stream through the {@link StreamTap} where one is plugged in (Ollama's NDJSON), and makes the
 * blocked caller return in every case. LangChain4j leaves three gaps that this closes: a stream that ends without
 * its final line never completes, a stalled stream never times out, and a cancelled stream calls nothing at all.
 *
 * <p>Callbacks arrive on HTTP client threads; the caller waits in {@link #run}. The outcome is settled exactly
 * once, by whichever comes first: the final line, an error, a timeout, or a cancel.
 */
final class Generation implements StreamingChatResponseHandler, StreamTap {
    private static final Logger log = LoggerFactory.getLogger(Generation.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String model;
    private final String url;
    private final OllamaSettings settings;
    private final LlmListener listener;
    private final FailureTranslator failures;
    private final CompletableFuture<LlmResult> outcome = new CompletableFuture<>();

    private final StreamClock clock;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder thinking = new StringBuilder();
    private volatile Closeable body;
    private volatile StreamingHandle handle;
    private volatile DoneLine doneLine;
    private volatile String errorLine;
    private final AtomicBoolean listenerFailed = new AtomicBoolean();

    /**
     * @param url    the server answering, which may not be {@code limits}' base URL
     * @param limits the time limits of the answer
     */
    private Generation(String model, String url, OllamaSettings limits, UserText texts, LlmListener listener) {
        this.model = model;
        this.url = url;
        this.settings = limits;
        this.listener = listener;
        this.failures = FailureTranslator.forAnswer(texts, url, model, limits);
        this.clock = new StreamClock(limits);
    }

    /**
     * Streams the answer to {@code request} from the chat model that {@code modelFor} builds around the generation
     * (Ollama's plugs it in as its HTTP tap), and blocks until the answer is complete, failed or cancelled.
     *
     * @param url the server answering, for messages and metrics
     */
    static LlmResult stream(LlmRequest request, String url, OllamaSettings limits, UserText texts,
                            LlmListener listener, Cancellation cancellation,
                            Function<Generation, StreamingChatModel> modelFor) throws LlmException {
        Objects.requireNonNull(request, "request");
        Cancellation cancel = cancellation == null ? new Cancellation() : cancellation;
        if (cancel.isCancelled()) {
            throw new LlmException(LlmFailure.CANCELLED, UserText.cancelled(request.model()), "", null);
        }
        Generation generation = new Generation(request.model(), url, limits, texts,
                listener == null ? LlmListener.NONE : listener);
        StreamingChatModel model;
        ChatRequest chat;
        try {
            model = modelFor.apply(generation);
            chat = ChatModels.chatRequest(request);
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmFailure.BAD_REQUEST, e.getMessage(), "", e);
        }
        cancel.onCancel(generation::cancel);
        log.info("Generating with {} at {}", request.model(), url);
        try {
            LlmResult result = generation.run(() -> model.chat(chat, generation));
            log.info("Generated with {}: {} tokens in {} ms, done_reason {}", request.model(),
                    result.metrics().outputTokens(), result.metrics().totalMs(), result.doneReason());
            return result;
        } catch (LlmException e) {
            log.info("Generation with {} failed ({}): {}", request.model(), e.failure(), e.getMessage());
            throw e;
        }
    }

    /** Sends the request with {@code send} and blocks until the answer is complete, failed or cancelled. */
    private LlmResult run(Runnable send) throws LlmException {
        clock.start();
        if (!outcome.isDone()) {
            try {
                send.run();
            } catch (RuntimeException e) {
                onError(e);
            }
        }
        return await();
    }

    /** Stops the answer: the caller gets CANCELLED with the text so far, and the connection is closed. */
    void cancel() {
        if (fail(new LlmException(LlmFailure.CANCELLED, UserText.cancelled(model), partialText(), null))) {
            log.info("Generation with {} at {} cancelled", model, url);
        }
    }

    // ---- what the HTTP tap sees

    @Override
    public void opened(Closeable responseBody) {
        clock.opened();
        body = responseBody;
        if (outcome.isDone()) {
            // Cancelled or timed out while waiting for headers: the connection could not be closed until now.
            closeQuietly(responseBody);
        }
    }

    @Override
    public void received() {
        clock.received();
    }

    @Override
    public boolean line(String line) {
        if (line.isBlank()) {
            return true;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            // LangChain4j would skip the line and carry on, silently losing part of the answer.
            log.warn("Ollama at {} sent a line that is not a JSON object: {}", url, line);
            fail(new LlmException(LlmFailure.SERVER_ERROR, UserText.malformedLine(model, url), partialText(), null));
            return false;
        }
        if (node.hasNonNull("error")) {
            errorLine = EchoedText.safe(node.get("error").asText());
        }
        if (node.path("done").asBoolean(false)) {
            doneLine = DoneLine.of(node);
        }
        return true;
    }

    @Override
    public void ended() {
        if (outcome.isDone()) {
            return;
        }
        String error = errorLine;
        fail(error != null
                ? new LlmException(LlmFailure.SERVER_ERROR, UserText.OLLAMA.serverError(model, url, error),
                        partialText(), null)
                : new LlmException(LlmFailure.INCOMPLETE, UserText.OLLAMA.incomplete(model, url), partialText(),
                        null));
    }

    // ---- what LangChain4j delivers

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle = context.streamingHandle();
        String chunk = partial.text();
        synchronized (this) {
            clock.token();
            text.append(chunk);
        }
        deliver(() -> listener.onText(chunk));
    }

    @Override
    public void onPartialThinking(PartialThinking partial, PartialThinkingContext context) {
        handle = context.streamingHandle();
        String chunk = partial.text();
        synchronized (this) {
            clock.token();
            thinking.append(chunk);
        }
        deliver(() -> listener.onThinking(chunk));
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        outcome.complete(result(response));
    }

    @Override
    public void onError(Throwable error) {
        fail(failures.translate(error, partialText(), clock.hasOpened()));
    }

    // ---- internals

    private LlmResult await() throws LlmException {
        return Waiting.until(outcome, () -> clock.next().remainingNanos(), () -> {
            LlmException timeout = timeout(clock.next().limit());
            if (fail(timeout)) {
                log.info("Generation stopped: {}", timeout.getMessage());
            }
        }, this::cancel);
    }

    private LlmException timeout(StreamClock.Limit limit) {
        String message = switch (limit) {
            case FIRST_TOKEN -> UserText.firstTokenTimeout(model, url, settings.firstTokenTimeout());
            case IDLE -> UserText.idleTimeout(model, url, settings.idleTimeout());
            case DEADLINE -> UserText.deadline(model, url, settings.deadline());
        };
        return new LlmException(LlmFailure.TIMEOUT, message, partialText(), null);
    }

    /** Settles the outcome with a failure unless it is settled already; the first to settle closes the stream. */
    private boolean fail(LlmException failure) {
        boolean settledNow = outcome.completeExceptionally(failure);
        if (settledNow) {
            disconnect();
        }
        return settledNow;
    }

    /**
     * LangChain4j's own cancel stops its parser and closes the body, which makes Ollama stop generating; before
     * the first token there is no handle yet, so the body is closed directly.
     */
    private void disconnect() {
        StreamingHandle streamingHandle = handle;
        if (streamingHandle != null) {
            streamingHandle.cancel();
        }
        Closeable responseBody = body;
        if (responseBody != null) {
            closeQuietly(responseBody);
        }
    }

    private LlmResult result(ChatResponse response) {
        long totalMs = clock.elapsedMs();
        DoneLine done = doneLine != null ? doneLine : DoneLine.NONE;
        TokenUsage usage = response.tokenUsage();
        Integer promptTokens = done.promptTokens() != null ? done.promptTokens()
                : usage == null ? null : usage.inputTokenCount();
        Integer outputTokens = done.outputTokens() != null ? done.outputTokens()
                : usage == null ? null : usage.outputTokenCount();
        String doneReason = done.doneReason() != null ? done.doneReason() : reasonOf(response.finishReason());
        AiMessage message = response.aiMessage();
        String answer;
        String trace;
        synchronized (this) {
            answer = message != null && message.text() != null ? message.text() : text.toString();
            trace = message != null && message.thinking() != null ? message.thinking() : thinking.toString();
        }
        LlmMetrics metrics = new LlmMetrics(clock.timeToFirstTokenMs(), totalMs, done.loadMs(), promptTokens,
                outputTokens, done.evalMs(), url, false);
        return new LlmResult(answer, trace, doneReason, metrics);
    }

    private static String reasonOf(FinishReason reason) {
        return reason == null ? null : reason.name().toLowerCase(Locale.ROOT);
    }

    private synchronized String partialText() {
        return text.toString();
    }

    /** A listener that throws must not break the generation; LangChain4j would turn it into an error. */
    private void deliver(Runnable call) {
        if (outcome.isDone()) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            if (listenerFailed.compareAndSet(false, true)) {
                log.warn("A listener failed on a streamed chunk; the generation goes on", e);
            } else {
                log.debug("A listener failed again", e);
            }
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the response body failed", e);
        }
    }
}
