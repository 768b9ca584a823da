package org.llm4rec.explorer.app.download;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server on 127.0.0.1 with one file at one path (404 elsewhere), counting every request. The file
 * answered can be swapped between requests (a broken-off download, then a whole one).
 */
public final class ZipServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile ServedFile served;

    public ZipServer(String path, ServedFile file) throws IOException {
        served = file;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                if (exchange.getRequestURI().getPath().equals(path)) {
                    served.handle(exchange);
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        });
        server.start();
    }

    /** What the next requests get. */
    public void serve(ServedFile file) {
        served = file;
    }

    public ServedFile served() {
        return served;
    }

    public int requests() {
        return requests.get();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
