package org.llm4rec.explorer.fake;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Something at the address that is not a model server, e.g. a router's login page, or a server that fails every
 * request: every request gets the same answer.
 */
public final class OtherServer implements AutoCloseable {
    private final HttpServer server;

    private OtherServer(HttpServer server) {
        this.server = server;
    }

    public static OtherServer answering(String contentType, String body) {
        return answering(200, contentType, body);
    }

    /** A server that answers every request with this status and body, as a failing proxy or server does. */
    public static OtherServer answering(int status, String contentType, String body) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                // As a real server does: the whole request is read before the answer, so a client still sending
                // is never cut off by a connection closed under it.
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return new OtherServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
