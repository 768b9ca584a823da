package org.llm4rec.explorer.app.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llm4rec.explorer.dataset.imports.Fixtures;

/** Downloads from a real HTTP server on 127.0.0.1 serving a small zip: success and every way it can go wrong. */
class DatasetDownloaderTest {
    private static final DownloadableDataset ML100K = DownloadableDataset.movieLens().get(1);

    @TempDir
    Path dir;
    private HttpServer server;
    private byte[] zip;
    private final AtomicInteger requests = new AtomicInteger();
    /** What the server answers for a path; the default serves the zip whole. */
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void serve() throws IOException {
        zip = Files.readAllBytes(Fixtures.zip("ml-100k", Files.createDirectories(dir.resolve("source"))));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                routes.getOrDefault(exchange.getRequestURI().getPath(), e -> notFound(e)).handle(exchange);
            }
        });
        routes.put("/movielens/ml-100k.zip", e -> send(e, zip));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private DatasetDownloader downloader() {
        return DatasetDownloader.create("http://127.0.0.1:" + server.getAddress().getPort() + "/movielens/",
                dir.resolve("downloads"));
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(404, -1);
    }

    private List<Path> downloadsLeft() throws IOException {
        Path folder = dir.resolve("downloads");
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void aDownloadWithItsPublishedChecksumEndsAsAVerifiedZip() throws Exception {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(zip));
        routes.put("/movielens/ml-100k.zip.md5", e -> send(e, ("MD5 (ml-100k.zip) = " + md5 + "\n")
                .getBytes(StandardCharsets.US_ASCII)));
        List<DownloadProgress> progress = new java.util.concurrent.CopyOnWriteArrayList<>();

        Path downloaded = downloader().download(ML100K, true, progress::add, () -> false);

        assertThat(downloaded).isEqualTo(dir.resolve("downloads/ml-100k.zip"));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(zip);
        assertThat(downloadsLeft()).containsExactly(downloaded);
        assertThat(progress).last().satisfies(p -> {
            assertThat(p.bytes()).isEqualTo(zip.length);
            assertThat(p.total()).isEqualTo(zip.length);
            assertThat(p.describe()).contains("KB/s");
        });
    }

    @Test
    void withoutAcceptingTheLicenceNothingIsRequested() throws IOException {
        assertThatThrownBy(() -> downloader().download(ML100K, false, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageStartingWith("Accept the licence of MovieLens 100K before downloading it from http://127.0.0.1:");
        assertThat(requests).hasValue(0);
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void aMissingFileSaysTheStatusTheUrlAndWhatToDo() throws IOException {
        routes.remove("/movielens/ml-100k.zip");
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("/movielens/ml-100k.zip answered HTTP 404 (Not Found)")
                .hasMessageContaining("download the file in a browser");
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void aTruncatedDownloadIsDeletedAndSaysHowFarItGot() throws IOException {
        routes.put("/movielens/ml-100k.zip", e -> {
            e.sendResponseHeaders(200, zip.length);
            e.getResponseBody().write(zip, 0, zip.length / 2);
            e.getResponseBody().flush();
            // Closing the connection mid-body, as a dropped connection does.
            e.getHttpContext().getServer().stop(0);
        });
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("ml-100k.zip")
                .hasMessageMatching("(?s).*(broke off after|is incomplete).*Try again.*|(?s).*broke off.*try again.*");
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void aCorruptedZipIsDeleted() throws IOException {
        byte[] garbage = zip.clone();
        for (int i = 100; i < garbage.length - 100; i++) {
            garbage[i] ^= 0x5A;
        }
        routes.put("/movielens/ml-100k.zip", e -> send(e, garbage));
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("ml-100k.zip is not a readable zip")
                .hasMessageContaining("It was deleted; try again");
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void aChecksumMismatchIsDeleted() throws IOException {
        routes.put("/movielens/ml-100k.zip.md5", e -> send(e, "0123456789abcdef0123456789abcdef  ml-100k.zip\n"
                .getBytes(StandardCharsets.US_ASCII)));
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("does not match the MD5 checksum published with it (0123456789abcdef");
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void noServerSaysItCannotBeReached() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DatasetDownloader nowhere = DatasetDownloader.create("http://127.0.0.1:" + closed + "/", dir.resolve("downloads"));
        assertThatThrownBy(() -> nowhere.download(ML100K, true, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageStartingWith("Cannot reach 127.0.0.1 to download http://127.0.0.1:" + closed + "/ml-100k.zip")
                .hasMessageContaining("Check the network connection");
    }

    @Test
    void cancellingMidDownloadLeavesNothingBehind() throws IOException {
        byte[] big = new byte[4 << 20];
        routes.put("/movielens/ml-100k.zip", e -> {
            e.sendResponseHeaders(200, big.length);
            OutputStream out = e.getResponseBody();
            for (int at = 0; at < big.length; at += 16 << 10) {
                out.write(big, at, 16 << 10);
                out.flush();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        });
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> {
            if (p.bytes() > 0) {
                cancel.set(true);
            }
        }, cancel::get)).isInstanceOf(DownloadCancelledException.class).hasMessageContaining("nothing was kept");
        assertThat(downloadsLeft()).isEmpty();
    }
}
