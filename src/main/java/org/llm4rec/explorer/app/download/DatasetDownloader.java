package org.llm4rec.explorer.app.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import org.llm4rec.explorer.app.LazyHttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Fetches a dataset's zip from its publisher into a folder, only once its licence is accepted: streams it to a
 * ".part" file with progress and Cancel, checks its size against the server's, its MD5 against the one the
 * publisher lists next to it (GroupLens serves "X.zip.md5") when there is one, and that the zip reads whole;
 * then renames it. Whatever fails or is cancelled, the partial file is deleted.
 */
public final class DatasetDownloader {
    /** A system property that points downloads at another server (a mirror, or a local one for trials). */
    public static final String BASE_URL_PROPERTY = "llm4rec.download.url";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration CHECKSUM_TIMEOUT = Duration.ofSeconds(15);
    private static final long PROGRESS_EVERY_NANOS = 100_000_000L;
    private static final Pattern MD5 = Pattern.compile("\\b([0-9a-fA-F]{32})\\b");
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
        Path part = folder.resolve(dataset.fileName() + ".part");
        try {
            Files.createDirectories(folder);
            String md5 = fetch(url, part, progress, cancelled);
            verify(url, part, md5);
            Path target = folder.resolve(dataset.fileName());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new DownloadException("Cannot write the download of " + url + " to " + folder + ": "
                    + e.getMessage() + ". Check that the folder is writable and the disk has room.", e);
        } finally {
            deleteQuietly(part);
        }
    }

    /** Streams the file to {@code part}; returns its MD5 in hex. */
    private String fetch(URI url, Path part, Consumer<DownloadProgress> progress, BooleanSupplier cancelled)
            throws IOException {
        HttpResponse<InputStream> response = send(url);
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new DownloadException(url + " answered HTTP " + response.statusCode() + reason(response
                        .statusCode()) + ". The file may have moved or the server may be down; try again later."
                        + String.format(INSTEAD, base));
            }
            long expected = response.headers().firstValueAsLong("content-length").orElse(-1);
            MessageDigest md5 = md5();
            long start = System.nanoTime();
            long last = 0;
            long received = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), md5)) {
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        throw new DownloadCancelledException(url.toString());
                    }
                    int n;
                    try {
                        n = body.read(buffer);
                    } catch (IOException e) {
                        throw new DownloadException("The download of " + url + " broke off after "
                                + megabytes(received) + (expected > 0 ? " of " + megabytes(expected) : "") + " ("
                                + e.getMessage() + "). Check the network connection and try again."
                                + String.format(INSTEAD, base), e);
                    }
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    received += n;
                    long now = System.nanoTime();
                    if (now - last >= PROGRESS_EVERY_NANOS) {
                        last = now;
                        progress.accept(new DownloadProgress(received, expected, rate(received, start, now)));
                    }
                }
            }
            progress.accept(new DownloadProgress(received, expected, rate(received, start, System.nanoTime())));
            if (expected >= 0 && received != expected) {
                throw new DownloadException("The download of " + url + " is incomplete: " + received + " of "
                        + expected + " bytes arrived. Try again." + String.format(INSTEAD, base));
            }
            return HexFormat.of().formatHex(md5.digest());
        }
    }

    private HttpResponse<InputStream> send(URI url) {
        try {
            return client.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DownloadException("Cannot reach " + url.getHost() + " to download " + url + " ("
                    + describe(e) + "). Check the network connection (and proxy settings), then try again."
                    + String.format(INSTEAD, base), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadCancelledException(url.toString());
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

    private static double rate(long bytes, long start, long now) {
        return bytes / Math.max((now - start) / 1e9, 1e-3);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the next download of the same file to overwrite.
        }
    }
}
