package org.llm4rec.explorer.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.ollama.OllamaStreamingException;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Turns whatever LangChain4j or the JDK threw, or the error status a server answered with, into a failure the user
 * can act on. The one place for both kinds of server and every call: a streamed answer, a model list, a pull, an
 * embedding. LangChain4j and the JDK wrap the telling exception at different depths depending on the path taken,
 * so causes are looked for anywhere in the chain.
 */
final class FailureTranslator {
    private final UserText texts;
    private final String url;
    private final String model;
    private final Duration connectTimeout;
    private final String timeoutMessage;

    /**
     * @param model          the model the call is about; empty for calls about the server (model list, status)
     * @param timeoutMessage what to say when the server took too long to answer
     */
    FailureTranslator(UserText texts, String url, String model, Duration connectTimeout, String timeoutMessage) {
        this.texts = texts;
        this.url = url;
        this.model = model;
        this.connectTimeout = connectTimeout;
        this.timeoutMessage = timeoutMessage;
    }

    /** For one streamed answer, whose first wait covers a cold load of the model. */
    static FailureTranslator forAnswer(UserText texts, String url, String model, OllamaSettings limits) {
        return new FailureTranslator(texts, url, model, limits.connectTimeout(),
                UserText.firstTokenTimeout(model, url, limits.firstTokenTimeout()));
    }

    /** For a short call about the server, allowed {@code callTimeout} to answer. */
    static FailureTranslator forCall(UserText texts, String url, Duration connectTimeout, Duration callTimeout) {
        return new FailureTranslator(texts, url, "", connectTimeout, texts.noAnswer(url, callTimeout));
    }

    /** The same, for a call about {@code model}: a 404 then means the model is missing. */
    FailureTranslator about(String model) {
        return new FailureTranslator(texts, url, model, connectTimeout, timeoutMessage);
    }

    /**
     * @param streamStarted whether response headers had arrived: an I/O error after that is a broken answer,
     *                      before it the server never answered at all
     */
    LlmException translate(Throwable failure, String partial, boolean streamStarted) {
        var http = Causes.find(failure, HttpException.class);
        if (http.isPresent()) {
            return fromStatus(http.get().statusCode(), ServerText.of(http.get().getMessage()), partial, failure);
        }
        var streamError = Causes.find(failure, OllamaStreamingException.class);
        if (streamError.isPresent()) {
            return new LlmException(LlmFailure.SERVER_ERROR,
                    texts.serverError(model, url, streamError.get().getMessage()), partial, failure);
        }
        if (Causes.has(failure, InterruptedException.class)) {
            // LangChain4j's blocking calls wrap the interrupt; the flag is set again so the caller's thread sees it.
            Thread.currentThread().interrupt();
            return new LlmException(LlmFailure.CANCELLED, UserText.interrupted(url), partial, failure);
        }
        if (Causes.has(failure, URISyntaxException.class)) {
            return new LlmException(LlmFailure.NOT_REACHABLE, UserText.invalidAddress(url), partial, failure);
        }
        if (Causes.has(failure, UnresolvedAddressException.class) || Causes.has(failure, UnknownHostException.class)) {
            return new LlmException(LlmFailure.NOT_REACHABLE, texts.unknownHost(url), partial, failure);
        }
        if (Causes.has(failure, HttpConnectTimeoutException.class)) {
            return new LlmException(LlmFailure.NOT_REACHABLE, texts.connectTimeout(url, connectTimeout), partial,
                    failure);
        }
        if (Causes.has(failure, ConnectException.class)) {
            return new LlmException(LlmFailure.NOT_REACHABLE, texts.notReachable(url), partial, failure);
        }
        if (Causes.has(failure, HttpTimeoutException.class)) {
            return timeout(partial, failure);
        }
        if (Causes.has(failure, JsonProcessingException.class)) {
            return new LlmException(LlmFailure.SERVER_ERROR,
                    texts.unexpectedAnswer(url, "answered with something that is not JSON"), partial, failure);
        }
        if (Causes.has(failure, IOException.class)) {
            return streamStarted
                    ? new LlmException(LlmFailure.INCOMPLETE, texts.incomplete(model, url), partial, failure)
                    : new LlmException(LlmFailure.SERVER_ERROR, texts.closedWithoutAnswer(model, url), partial,
                    failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (model.isEmpty()) {
            // The exchange went through, so it is the answer that could not be read, e.g. a list that is missing.
            return new LlmException(LlmFailure.SERVER_ERROR,
                    texts.unexpectedAnswer(url, "gave an answer that could not be read (" + detail + ")"), partial,
                    failure);
        }
        return new LlmException(LlmFailure.SERVER_ERROR, texts.serverError(model, url, detail), partial, failure);
    }

    /**
     * A call about the server knows no model, so a 404 there says that the address is wrong, another error status
     * that the server is broken. On a call about a model, 404 is only ever an unknown model, 503 (Ollama) or 429 (the others) a
     * full queue.
     */
    LlmException fromStatus(int status, String serverText, String partial, Throwable cause) {
        String said = serverText.isEmpty() ? "HTTP " + status : serverText;
        if (status == 429 || status == 503) {
            return new LlmException(LlmFailure.BUSY, texts.busy(url, said), partial, cause);
        }
        if (status == 408 || status == 504) {
            return timeout(partial, cause);
        }
        if (model.isEmpty()) {
            return new LlmException(LlmFailure.SERVER_ERROR, status == 404
                    ? texts.unexpectedAnswer(url, "answered with HTTP 404 (" + said + ")")
                    : texts.httpStatus(url, status, serverText), partial, cause);
        }
        return switch (status) {
            case 404 -> new LlmException(LlmFailure.MODEL_NOT_FOUND, texts.modelNotFound(model, url, said), partial,
                    cause);
            case 400, 401, 403, 405, 413, 422 ->
                    new LlmException(LlmFailure.BAD_REQUEST, texts.badRequest(model, url, said), partial, cause);
            default -> new LlmException(LlmFailure.SERVER_ERROR, texts.serverError(model, url, said), partial, cause);
        };
    }

    private LlmException timeout(String partial, Throwable cause) {
        return new LlmException(LlmFailure.TIMEOUT, timeoutMessage, partial, cause);
    }
}
