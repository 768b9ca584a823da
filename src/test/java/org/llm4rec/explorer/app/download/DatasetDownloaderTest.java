package org.llm4rec.explorer.app.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.llm4rec.explorer.dataset.imports.Fixtures;

/**
 * Downloads from a real HTTP server on 127.0.0.1 serving a small zip: success, every way it can go wrong, and
 * continuing a download that broke off, against a server that honours Range and If-Range as web servers do.
 */
class DatasetDownloaderTest {
    private static final DownloadableDataset ML100K = DownloadableDataset.movieLens().get(1);
    private static final String PATH = "/movielens/ml-100k.zip";
    private static final String ETAG = "\"v1\"";

    @TempDir
    Path dir;
    private HttpServer server;
    private byte[] zip;
    private final AtomicInteger requests = new AtomicInteger();
    /** What the server answers for a path; the default serves the zip whole. */
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

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
        serve(new ServedFile(zip, "ETag", ETAG));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ServedFile serve(ServedFile file) {
        routes.put(PATH, file);
        return file;
    }

    private DatasetDownloader downloader() {
        return DatasetDownloader.create("http://127.0.0.1:" + server.getAddress().getPort() + "/movielens/",
                dir.resolve("downloads"));
    }

    private Path download(Consumer<DownloadProgress> progress) {
        return downloader().download(ML100K, true, progress, () -> false);
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(404, -1);
    }

    private void publishMd5(byte[] file) throws Exception {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file));
        routes.put(PATH + ".md5", e -> send(e, ("MD5 (ml-100k.zip) = " + md5 + "\n")
                .getBytes(StandardCharsets.US_ASCII)));
    }

    private void publishWrongMd5() {
        routes.put(PATH + ".md5", e -> send(e, "0123456789abcdef0123456789abcdef  ml-100k.zip\n"
                .getBytes(StandardCharsets.US_ASCII)));
    }

    private Path part() {
        return dir.resolve("downloads/ml-100k.zip.part");
    }

    private Path partRecord() {
        return dir.resolve("downloads/ml-100k.zip.part.resume");
    }

    /** Breaks the first download of {@code body} off halfway; returns the bytes kept. */
    private long breakOffHalfway(byte[] body, String validatorHeader, String validator) throws IOException {
        serve(new ServedFile(body, validatorHeader, validator).breakingAt(body.length / 2));
        assertThatThrownBy(() -> download(p -> { }))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("ml-100k.zip broke off after")
                .hasMessageContaining("are kept: Download and import continues from there");
        assertThat(downloadsLeft()).containsExactlyInAnyOrder(part(), partRecord());
        return Files.size(part());
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
        publishMd5(zip);
        ServedFile served = serve(new ServedFile(zip, "ETag", ETAG));
        List<DownloadProgress> progress = new CopyOnWriteArrayList<>();

        Path downloaded = download(progress::add);

        assertThat(downloaded).isEqualTo(dir.resolve("downloads/ml-100k.zip"));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(zip);
        assertThat(downloadsLeft()).containsExactly(downloaded);
        assertThat(progress).last().satisfies(p -> {
            assertThat(p.bytes()).isEqualTo(zip.length);
            assertThat(p.total()).isEqualTo(zip.length);
            assertThat(p.resumed()).isFalse();
            assertThat(p.describe()).contains("KB/s");
        });
        assertThat(served.ranges()).containsExactly("whole");
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
        routes.remove(PATH);
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("/movielens/ml-100k.zip answered HTTP 404 (Not Found)")
                .hasMessageContaining("download the file in a browser");
        assertThat(downloadsLeft()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ETag, \"v1\"", "Last-Modified, 'Wed, 21 Oct 2015 07:28:00 GMT'"})
    void aBrokenOffDownloadIsKeptAndTheNextOneFetchesOnlyTheMissingBytes(String header, String validator)
            throws Exception {
        publishMd5(zip);
        long kept = breakOffHalfway(zip, header, validator);
        assertThat(kept).isPositive().isLessThanOrEqualTo(zip.length / 2);
        assertThat(downloader().kept(ML100K)).hasValueSatisfying(p -> {
            assertThat(p.bytes()).isEqualTo(kept);
            assertThat(p.total()).isEqualTo(zip.length);
        });
        ServedFile resumed = serve(new ServedFile(zip, header, validator));
        List<DownloadProgress> progress = new CopyOnWriteArrayList<>();

        Path downloaded = download(progress::add);

        assertThat(resumed.ranges()).containsExactly("bytes=" + kept + "- if " + validator);
        assertThat(resumed.bytesSent()).isEqualTo(zip.length - kept);
        // The published MD5 matches only when the checksum covers the kept bytes as well as the new ones.
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(zip);
        assertThat(downloadsLeft()).containsExactly(downloaded);
        assertThat(progress.get(0).describeResume())
                .isEqualTo(String.format("Resuming at %.1f MB of %.1f MB", kept / 1e6, zip.length / 1e6));
        assertThat(progress).allSatisfy(p -> assertThat(p.resumedFrom()).isEqualTo(kept))
                .last().satisfies(p -> assertThat(p.bytes()).isEqualTo(zip.length));
    }

    @Test
    void aFileChangedOnTheServerSinceIsDownloadedAgainFromTheStart() throws Exception {
        long kept = breakOffHalfway(zip, "ETag", ETAG);
        byte[] changed = Files.readAllBytes(Fixtures.zip("ml-1m", Files.createDirectories(dir.resolve("new"))));
        publishMd5(changed);
        ServedFile newVersion = serve(new ServedFile(changed, "ETag", "\"v2\""));

        Path downloaded = download(p -> { });

        assertThat(newVersion.ranges()).containsExactly("bytes=" + kept + "- if " + ETAG);
        assertThat(newVersion.bytesSent()).isEqualTo(changed.length);
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(changed);
        assertThat(downloadsLeft()).containsExactly(downloaded);
    }

    @Test
    void aServerThatIgnoresTheRangeSendsTheWholeFileWhichReplacesTheKeptPart() throws Exception {
        publishMd5(zip);
        long kept = breakOffHalfway(zip, "ETag", ETAG);
        ServedFile ignoring = serve(new ServedFile(zip, "ETag", ETAG).answering(ServedFile.RangeAnswer.WHOLE));

        Path downloaded = download(p -> { });

        assertThat(ignoring.ranges()).containsExactly("bytes=" + kept + "- if " + ETAG);
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(zip);
        assertThat(downloadsLeft()).containsExactly(downloaded);
    }

    @ParameterizedTest
    @EnumSource(value = ServedFile.RangeAnswer.class, names = {"NOT_SATISFIABLE", "WRONG_START"})
    void aRangeTheServerCannotGiveAsAskedDiscardsThePartAndStartsOver(ServedFile.RangeAnswer answer) throws Exception {
        publishMd5(zip);
        long kept = breakOffHalfway(zip, "ETag", ETAG);
        ServedFile refusing = serve(new ServedFile(zip, "ETag", ETAG).answering(answer));

        Path downloaded = download(p -> { });

        assertThat(refusing.ranges()).containsExactly("bytes=" + kept + "- if " + ETAG, "whole");
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(zip);
        assertThat(downloadsLeft()).containsExactly(downloaded);
    }

    @Test
    void aBrokenOffDownloadWithoutAValidatorIsDeletedAndTheNextOneStartsOver() throws IOException {
        serve(new ServedFile(zip, "ETag", null).breakingAt(zip.length / 2));
        assertThatThrownBy(() -> download(p -> { }))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("ml-100k.zip broke off after")
                .hasMessageContaining("try again (the server names no version of the file");
        assertThat(downloadsLeft()).isEmpty();
        ServedFile again = serve(new ServedFile(zip, "ETag", null));

        assertThat(download(p -> { })).hasBinaryContent(zip);
        assertThat(again.ranges()).containsExactly("whole");
    }

    @Test
    void aChecksumMismatchAfterResumingDeletesThePartAndItsRecord() throws IOException {
        breakOffHalfway(zip, "ETag", ETAG);
        serve(new ServedFile(zip, "ETag", ETAG));
        publishWrongMd5();

        assertThatThrownBy(() -> download(p -> { }))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("does not match the MD5 checksum published with it");
        assertThat(downloadsLeft()).isEmpty();
        assertThat(downloader().kept(ML100K)).isEmpty();
    }

    @Test
    void aCorruptedZipIsDeleted() throws IOException {
        byte[] garbage = zip.clone();
        for (int i = 100; i < garbage.length - 100; i++) {
            garbage[i] ^= 0x5A;
        }
        serve(new ServedFile(garbage, "ETag", ETAG));
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> { }, () -> false))
                .isInstanceOf(DownloadException.class)
                .hasMessageContaining("ml-100k.zip is not a readable zip")
                .hasMessageContaining("It was deleted; try again");
        assertThat(downloadsLeft()).isEmpty();
    }

    @Test
    void aChecksumMismatchIsDeleted() throws IOException {
        publishWrongMd5();
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
    void cancellingKeepsWhatArrivedAndTheNextDownloadContinuesIt() throws Exception {
        byte[] big = randomZip();
        publishMd5(big);
        serve(new ServedFile(big, "ETag", ETAG).slowly());
        AtomicBoolean cancel = new AtomicBoolean();
        assertThatThrownBy(() -> downloader().download(ML100K, true, p -> {
            if (p.bytes() > 0) {
                cancel.set(true);
            }
        }, cancel::get)).isInstanceOf(DownloadCancelledException.class)
                .hasMessageStartingWith("Cancelled; ")
                .hasMessageContaining("kept — Download and import continues from there");
        // No finished zip appears before it is verified.
        assertThat(downloadsLeft()).containsExactlyInAnyOrder(part(), partRecord());
        long kept = Files.size(part());
        assertThat(kept).isPositive().isLessThan(big.length);
        ServedFile resumed = serve(new ServedFile(big, "ETag", ETAG));

        assertThat(download(p -> { })).hasBinaryContent(big);
        assertThat(resumed.ranges()).containsExactly("bytes=" + kept + "- if " + ETAG);
    }

    @Test
    void startingOverDiscardsWhatWasKept() throws IOException {
        long kept = breakOffHalfway(zip, "ETag", ETAG);
        assertThat(kept).isPositive();
        ServedFile afresh = serve(new ServedFile(zip, "ETag", ETAG));

        downloader().discardKept(ML100K);

        assertThat(downloadsLeft()).isEmpty();
        assertThat(download(p -> { })).hasBinaryContent(zip);
        assertThat(afresh.ranges()).containsExactly("whole");
    }

    /** A zip of incompressible bytes, large enough to be sent in many pieces. */
    private byte[] randomZip() throws IOException {
        byte[] content = new byte[1 << 20];
        new Random(7).nextBytes(content);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("ml-100k/u.data"));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
