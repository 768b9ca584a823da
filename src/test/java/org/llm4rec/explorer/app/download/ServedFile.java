package org.llm4rec.explorer.app.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file served as a web server serves it: with a validator (ETag or Last-Modified), honouring
 * "Range: bytes=N-" with a matching If-Range by 206 and Content-Range (or as {@link RangeAnswer} says). It can
 * drop the connection mid-body or send slowly, and notes what each request asked for and how much it sent.
 */
public final class ServedFile implements HttpHandler {
    /** How the server answers a request for a range when its validator still matches. */
    public enum RangeAnswer { PARTIAL, WHOLE, NOT_SATISFIABLE, WRONG_START }

    private final byte[] body;
    private final String validatorHeader;
    private final String validator;
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesSent = new AtomicLong();
    private RangeAnswer answer = RangeAnswer.PARTIAL;
    private int breakAt = -1;
    private boolean slow;

    /** @param validator the value of {@code validatorHeader}; null for a server that names no version */
    public ServedFile(byte[] body, String validatorHeader, String validator) {
        this.body = body;
        this.validatorHeader = validatorHeader;
        this.validator = validator;
    }

    public ServedFile answering(RangeAnswer answer) {
        this.answer = answer;
        return this;
    }

    /** The connection drops once the file's first {@code bytes} are sent. */
    public ServedFile breakingAt(int bytes) {
        this.breakAt = bytes;
        return this;
    }

    /** Sends 16 KB every 20 ms. */
    public ServedFile slowly() {
        this.slow = true;
        return this;
    }

    /** Each request's Range and If-Range, "whole" where it asked for the whole file. */
    public List<String> ranges() {
        return ranges;
    }

    public long bytesSent() {
        return bytesSent.get();
    }

    @Override
    public void handle(HttpExchange e) throws IOException {
        String range = e.getRequestHeaders().getFirst("Range");
        String ifRange = e.getRequestHeaders().getFirst("If-Range");
        ranges.add(range == null ? "whole" : range + " if " + ifRange);
        if (validator != null) {
            e.getResponseHeaders().set(validatorHeader, validator);
        }
        int from = 0;
        if (range == null || validator == null || !validator.equals(ifRange) || answer == RangeAnswer.WHOLE) {
            e.sendResponseHeaders(200, body.length);
        } else if (answer == RangeAnswer.NOT_SATISFIABLE) {
            e.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
            e.sendResponseHeaders(416, -1);
            return;
        } else {
            from = answer == RangeAnswer.WRONG_START ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
            e.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            e.sendResponseHeaders(206, body.length - from);
        }
        int end = breakAt >= 0 ? Math.max(from, breakAt) : body.length;
        OutputStream out = e.getResponseBody();
        int step = slow ? 16 << 10 : body.length;
        for (int at = from; at < end; at += step) {
            int n = Math.min(step, end - at);
            out.write(body, at, n);
            out.flush();
            bytesSent.addAndGet(n);
            pause();
        }
        if (end < body.length) {
            throw new IOException("the connection dropped, as it does when a network goes away");
        }
    }

    private void pause() {
        if (!slow) {
            return;
        }
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
