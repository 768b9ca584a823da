package org.llm4rec.explorer.app.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.llm4rec.explorer.net.LazyHttpClient;

/**
 * Fetches a dataset's zip from its publisher into a folder, only once its licence is accepted: streams it to a
 * ".part" file with progress and Cancel, checks its size against the server's, its MD5 against the one the
 * publisher lists next to it (GroupLens serves "X.zip.md5") when there is one, and that the zip reads whole;
 * then renames it. A download that breaks off or is cancelled keeps its ".part" together with the server's
 * validator of the file, and the next download of the same file asks only for the missing bytes (Range with
 * If-Range), so a changed file on the server starts over by itself. A file that fails the checks is deleted.
 */
public final class DatasetDownloader {
    /** A system property that points downloads at another server (a mirror, or a local one for trials). */
    public static final String BASE_URL_PROPERTY = "llm4rec.download.url";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration CHECKSUM_TIMEOUT = Duration.ofSeconds(15);
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    private static final Pattern MD5 = Pattern.compile("\\b([0-9a-fA-F]{32})\\b");
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+)");
    private static final String INSTEAD = " You can also download the file in a browser from %s and import it"
            + " with Import → Zip or file.";

    private final HttpClient client;
    private final URI base;
    private final Path folder;

    /**
     * @param base   the publisher's base URL (ending in "/"); tests point it at a local server
     * @param folder where finished downloads are kept
     */
    public DatasetDownloader(HttpClient client, URI base, Path folder) {
        this.client = client;
        this.base = base;
        this.folder = folder;
    }

    public static DatasetDownloader create(String baseUrl, Path folder) {
        HttpClient client = LazyHttpClient.of(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL));
        return new DatasetDownloader(client, URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"), folder);
    }

    public URI urlOf(DownloadableDataset dataset) {
        return base.resolve(dataset.fileName());
    }

    public Path folder() {
        return folder;
    }

    /** How far an earlier, unfinished download of the dataset came, when the next one can continue from there. */
    public Optional<DownloadProgress> kept(DownloadableDataset dataset) {
        Path part = partOf(dataset);
        try {
            long bytes = Files.isRegularFile(part) ? Files.size(part) : 0;
            return PartialDownload.read(sidecarOf(part)).filter(kept -> bytes > 0 && bytes < kept.total())
                    .map(kept -> new DownloadProgress(bytes, kept.total(), bytes, 0));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes what an earlier download kept, so that the next one starts from the beginning. */
    public void discardKept(DownloadableDataset dataset) {
        Path part = partOf(dataset);
        discard(part, sidecarOf(part));
    }

    /**
     * @return the verified zip
     * @throws DownloadException          with what went wrong, the URL and what to do
     * @throws DownloadCancelledException when cancelled
     */
    public Path download(DownloadableDataset dataset, boolean licenceAccepted, Consumer<DownloadProgress> progress,
                         BooleanSupplier cancelled) {
        URI url = urlOf(dataset);
        if (!licenceAccepted) {
            throw new DownloadException("Accept the licence of " + dataset.name() + " before downloading it from "
                    + url + "; nothing was downloaded.");
        }
        Path part = partOf(dataset);
        Path sidecar = sidecarOf(part);
        try {
            Files.createDirectories(folder);
            String md5 = fetch(url, part, sidecar, progress, cancelled);
            try {
                verify(url, part, md5);
            } catch (DownloadException e) {
                discard(part, sidecar);
                throw e;
            }
            Path target = folder.resolve(dataset.fileName());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            discard(part, sidecar);
            throw new DownloadException("Cannot write the download of " + url + " to " + folder + ": "
                    + e.getMessage() + ". Check that the folder is writable and the disk has room.", e);
        } finally {
            // A part without its validator cannot be continued safely, and a moved one leaves its validator behind.
            if (!Files.exists(part) || PartialDownload.read(sidecar).isEmpty()) {
                discard(part, sidecar);
            }
        }
    }

    private Path partOf(DownloadableDataset dataset) {
        return folder.resolve(dataset.fileName() + ".part");
    }

    private static Path sidecarOf(Path part) {
        return part.resolveSibling(part.getFileName() + ".resume");
    }

    /** Streams the file to {@code part}, continuing what is there when the server allows; returns its MD5 in hex. */
    private String fetch(URI url, Path part, Path sidecar, Consumer<DownloadProgress> progress,
                         BooleanSupplier cancelled) throws IOException {
        Transfer transfer = open(url, part, sidecar);
        try (InputStream body = transfer.response().body()) {
            long from = transfer.from();
            long total = transfer.total();
            MessageDigest md5 = md5();
            if (from > 0) {
                // The checksum covers the whole file, the bytes kept from before too.
                try (InputStream kept = new DigestInputStream(Files.newInputStream(part), md5)) {
                    kept.transferTo(OutputStream.nullOutputStream());
                }
            }
            long start = System.nanoTime();
            long last = start;
            long received = from;
            progress.accept(DownloadProgress.of(received, total, from, 0));
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = new DigestOutputStream(from > 0
                    ? Files.newOutputStream(part, StandardOpenOption.APPEND) : Files.newOutputStream(part), md5)) {
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        throw new DownloadCancelledException(url.toString(), transfer.resumable() ? received : 0);
                    }
                    int n;
                    try {
                        n = body.read(buffer);
                    } catch (IOException e) {
                        throw brokenOff(url, transfer, received, "the connection was lost: " + rootMessage(e), e);
                    }
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    received += n;
                    long now = System.nanoTime();
                    if (now - last >= PROGRESS_EVERY_NANOS) {
                        last = now;
                        progress.accept(DownloadProgress.of(received, total, from, now - start));
                    }
                }
            }
            progress.accept(DownloadProgress.of(received, total, from, System.nanoTime() - start));
            if (total >= 0 && received < total) {
                throw brokenOff(url, transfer, received, "the connection closed early", null);
            }
            if (total >= 0 && received > total) {
                discard(part, sidecar);
                throw new DownloadException("The server sent " + received + " bytes of " + url + " where it had"
                        + " announced " + total + ". The file was deleted; try again." + String.format(INSTEAD, base));
            }
            return HexFormat.of().formatHex(md5.digest());
        }
    }

    /** The response to fetch from: of the missing bytes only when the server confirms it still has the same file. */
    private record Transfer(HttpResponse<InputStream> response, long from, long total, boolean resumable) {
    }

    private Transfer open(URI url, Path part, Path sidecar) throws IOException {
        Optional<PartialDownload> earlier = PartialDownload.read(sidecar);
        long kept = Files.isRegularFile(part) ? Files.size(part) : 0;
        if (earlier.isPresent() && kept > 0 && kept < earlier.get().total()) {
            long total = earlier.get().total();
            HttpResponse<InputStream> response = send(url, kept,
                    "Range", "bytes=" + kept + "-", "If-Range", earlier.get().validator());
            if (response.statusCode() == 206 && continuesAt(response, kept, total)) {
                return new Transfer(response, kept, total, true);
            }
            if (response.statusCode() == 200) {
                // The server ignored the range, or the file changed since: the whole new file follows.
                return fromTheStart(url, response, sidecar);
            }
            response.body().close();
            if (response.statusCode() != 206 && response.statusCode() != 416) {
                throw statusError(url, response.statusCode());
            }
        }
        // 416, a range other than the one asked for, or nothing to continue: start over.
        discard(part, sidecar);
        return fromTheStart(url, send(url, 0), sidecar);
    }

    private Transfer fromTheStart(URI url, HttpResponse<InputStream> response, Path sidecar) throws IOException {
        if (response.statusCode() != 200) {
            response.body().close();
            throw statusError(url, response.statusCode());
        }
        long total = response.headers().firstValueAsLong("content-length").orElse(-1);
        Optional<String> validator = validator(response.headers());
        boolean resumable = validator.isPresent() && total > 0;
        if (resumable) {
            // Written before the first byte, so that even a crash leaves a part the next download can continue.
            new PartialDownload(validator.get(), total).write(sidecar);
        } else {
            Files.deleteIfExists(sidecar);
        }
        return new Transfer(response, 0, total, resumable);
    }

    /** A strong ETag, else the Last-Modified date: what If-Range may carry. */
    private static Optional<String> validator(HttpHeaders headers) {
        return headers.firstValue("etag").filter(tag -> !tag.startsWith("W/"))
                .or(() -> headers.firstValue("last-modified"));
    }

    private static boolean continuesAt(HttpResponse<?> response, long from, long total) {
        Matcher range = CONTENT_RANGE.matcher(response.headers().firstValue("content-range").orElse(""));
        return range.matches() && Long.parseLong(range.group(1)) == from && Long.parseLong(range.group(3)) == total;
    }

    private DownloadException brokenOff(URI url, Transfer transfer, long received, String why, IOException cause) {
        String sofar = megabytes(received) + (transfer.total() > 0 ? " of " + megabytes(transfer.total()) : "");
        String next = transfer.resumable()
                ? " The " + megabytes(received) + " are kept: Download and import continues from there once the"
                + " network is back."
                : " Check the network connection and try again (the server names no version of the file, so the"
                + " download starts over)." + String.format(INSTEAD, base);
        return new DownloadException("The download of " + url + " broke off after " + sofar + " (" + why + ")."
                + next, cause);
    }

    private DownloadException statusError(URI url, int status) {
        return new DownloadException(url + " answered HTTP " + status + reason(status) + ". The file may have moved"
                + " or the server may be down; try again later." + String.format(INSTEAD, base));
    }

    /** @param kept the bytes kept so far, named when the user cancels while waiting for the server */
    private HttpResponse<InputStream> send(URI url, long kept, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DownloadException("Cannot reach " + url.getHost() + " to download " + url + " ("
                    + describe(e) + "). Check the network connection (and proxy settings), then try again."
                    + String.format(INSTEAD, base), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadCancelledException(url.toString(), kept);
        }
    }

    private void verify(URI url, Path part, String md5) throws IOException {
        String published = publishedMd5(url);
        if (published != null && !published.equalsIgnoreCase(md5)) {
            throw new DownloadException("The file downloaded from " + url + " does not match the MD5 checksum"
                    + " published with it (" + published + ", got " + md5 + "): it was damaged on the way. It was"
                    + " deleted; try again." + String.format(INSTEAD, base));
        }
        try (ZipFile zip = new ZipFile(part.toFile());
             ZipInputStream entries = new ZipInputStream(Files.newInputStream(part))) {
            if (zip.size() == 0) {
                throw new ZipException("it holds no files");
            }
            // Reading every entry through to its end checks each one's CRC.
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                while (entries.read(buffer) >= 0) {
                    // read to the end
                }
            }
        } catch (ZipException e) {
            throw new DownloadException("The file downloaded from " + url + " is not a readable zip ("
                    + e.getMessage() + "). It was deleted; try again." + String.format(INSTEAD, base), e);
        }
    }

    /** The MD5 published next to the file, or null when there is none or it cannot be fetched. */
    private String publishedMd5(URI url) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + ".md5"))
                    .timeout(CHECKSUM_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return null;
            }
            Matcher m = MD5.matcher(response.body());
            return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.net.UnknownHostException
                || e.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return "the host name cannot be resolved: no network, or no DNS";
        }
        if (e instanceof java.net.ConnectException) {
            return "no connection: " + (e.getMessage() == null ? "connection refused" : e.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The innermost cause says what happened ("EOF reached while reading"), the outer ones often just "closed". */
    private static String rootMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String reason(int status) {
        return switch (status) {
            case 403 -> " (Forbidden)";
            case 404 -> " (Not Found)";
            case 500 -> " (Internal Server Error)";
            case 503 -> " (Service Unavailable)";
            default -> "";
        };
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private static void discard(Path part, Path sidecar) {
        try {
            Files.deleteIfExists(sidecar);
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // Without its validator a part is not continued: the next download overwrites it.
        }
    }
}
