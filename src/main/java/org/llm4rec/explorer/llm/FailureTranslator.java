package org.llm4rec.explorer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.ollama.OllamaStreamingException;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LlmFailure;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Turns whatever LangChain4j or the JDK threw during one generation into a failure the user can act on. */
final class FailureTranslator {
    private final String url;
    private final String model;
    private final OllamaSettings settings;

    FailureTranslator(OllamaSettings settings, String model) {
        this.url = settings.baseUrl();
        this.model = model;
        this.settings = settings;
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
                    UserText.serverError(model, streamError.get().getMessage()), partial, failure);
        }
        if (Causes.has(failure, UnresolvedAddressException.class) || Causes.has(failure, UnknownHostException.class)) {
            return new LlmException(LlmFailure.NOT_REACHABLE, UserText.unknownHost(url), partial, failure);
        }
        if (Causes.has(failure, HttpConnectTimeoutException.class)) {
            return new LlmException(LlmFailure.NOT_REACHABLE,
                    UserText.connectTimeout(url, settings.connectTimeout()), partial, failure);
        }
        if (Causes.has(failure, ConnectException.class)) {
            return new LlmException(LlmFailure.NOT_REACHABLE, UserText.notReachable(url), partial, failure);
        }
        if (Causes.has(failure, HttpTimeoutException.class)) {
            return firstTokenTimeout(partial, failure);
        }
        if (Causes.has(failure, IOException.class)) {
            return streamStarted
                    ? new LlmException(LlmFailure.INCOMPLETE, UserText.incomplete(model, url), partial, failure)
                    : new LlmException(LlmFailure.SERVER_ERROR, UserText.closedWithoutAnswer(model, url), partial,
                    failure);
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new LlmException(LlmFailure.SERVER_ERROR, UserText.serverError(model, detail), partial, failure);
    }

    /** Ollama's status codes: 404 is only ever an unknown model on /api/chat, 503 a full queue. */
    LlmException fromStatus(int status, String serverText, String partial, Throwable cause) {
        return switch (status) {
            case 404 -> new LlmException(LlmFailure.MODEL_NOT_FOUND, UserText.modelNotFound(model, url), partial, cause);
            case 400, 401, 403, 405, 413, 422 ->
                    new LlmException(LlmFailure.BAD_REQUEST, UserText.badRequest(model, describe(status, serverText)),
                            partial, cause);
            case 429, 503 -> new LlmException(LlmFailure.BUSY, UserText.busy(url, describe(status, serverText)),
                    partial, cause);
            case 408, 504 -> firstTokenTimeout(partial, cause);
            default -> new LlmException(LlmFailure.SERVER_ERROR,
                    UserText.serverError(model, describe(status, serverText)), partial, cause);
        };
    }

    LlmException firstTokenTimeout(String partial, Throwable cause) {
        return new LlmException(LlmFailure.TIMEOUT,
                UserText.firstTokenTimeout(model, url, settings.firstTokenTimeout()), partial, cause);
    }

    private static String describe(int status, String serverText) {
        return serverText.isEmpty() ? "HTTP " + status : serverText;
    }
}
