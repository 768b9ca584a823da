package org.llm4rec.explorer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Wraps LangChain4j's HTTP client so that a {@link StreamTap} sees the streamed body: its bytes (through the input
 * stream handed to LangChain4j's NDJSON parser) and its lines (through the listener the parser reports to).
 * Requests and the parsing itself are left entirely to LangChain4j.
 */
final class TappedHttpClient implements HttpClient {
    private final HttpClient delegate;
    private final StreamTap tap;

    TappedHttpClient(HttpClient delegate, StreamTap tap) {
        this.delegate = delegate;
        this.tap = tap;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
        return delegate.execute(request);
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        ServerSentEventParser tappedParser = (body, parserListener) -> {
            InputStream tappedBody = new TappedBody(body, tap);
            tap.opened(tappedBody);
            parser.parse(tappedBody, parserListener);
        };
        delegate.execute(request, tappedParser, new TappedListener(listener, tap));
    }

    private static final class TappedBody extends FilterInputStream {
        private final StreamTap tap;

        TappedBody(InputStream in, StreamTap tap) {
            super(in);
            this.tap = tap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                tap.received();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                tap.received();
            }
            return n;
        }
    }

    private static final class TappedListener implements ServerSentEventListener {
        private final ServerSentEventListener delegate;
        private final StreamTap tap;

        TappedListener(ServerSentEventListener delegate, StreamTap tap) {
            this.delegate = delegate;
            this.tap = tap;
        }

        @Override
        public void onOpen(SuccessfulHttpResponse response) {
            delegate.onOpen(response);
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            if (tap.line(event.data())) {
                delegate.onEvent(event, context);
            }
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            if (tap.line(event.data())) {
                delegate.onEvent(event);
            }
        }

        @Override
        public void onError(Throwable error) {
            delegate.onError(error);
        }

        @Override
        public void onClose() {
            try {
                delegate.onClose();
            } finally {
                tap.ended();
            }
        }
    }
}
