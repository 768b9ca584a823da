package org.llm4rec.explorer.app.download;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What lets a broken-off download continue: the server's validator of the file (its ETag, else its Last-Modified
 * date), sent back as If-Range so that bytes of two different versions are never spliced, and the file's full
 * size. Kept in a small file beside the ".part".
 */
record PartialDownload(String validator, long total) {
    private static final String VALIDATOR = "validator";
    private static final String TOTAL = "total";

    /** The record kept at {@code sidecar}, or empty when there is none or it cannot be read. */
    static Optional<PartialDownload> read(Path sidecar) {
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            properties.load(in);
            String validator = properties.getProperty(VALIDATOR);
            long total = Long.parseLong(properties.getProperty(TOTAL, "-1"));
            return validator == null || validator.isBlank() || total <= 0 ? Optional.empty()
                    : Optional.of(new PartialDownload(validator, total));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void write(Path sidecar) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(VALIDATOR, validator);
        properties.setProperty(TOTAL, Long.toString(total));
        try (Writer out = Files.newBufferedWriter(sidecar, StandardCharsets.UTF_8)) {
            properties.store(out, "Lets the download of the .part beside this file continue");
        }
    }
}
