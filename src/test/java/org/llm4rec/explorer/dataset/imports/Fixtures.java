package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The dataset fixtures under src/test/resources/datasets, copied, zipped or gzipped for a test. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path folder(String layout) {
        try {
            return Path.of(Fixtures.class.getResource("/datasets/" + layout).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The layout's files in a zip, under a sub-folder as downloads have them. */
    public static Path zip(String layout, Path dir) throws IOException {
        Path zip = dir.resolve(layout + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : files(layout)) {
                out.putNextEntry(new ZipEntry(layout + "/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    /** The layout's files copied to a folder, each gzipped. */
    public static Path gzipped(String layout, Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve(layout + "-gz"));
        for (Path file : files(layout)) {
            try (OutputStream out = new GZIPOutputStream(
                    Files.newOutputStream(target.resolve(file.getFileName() + ".gz")))) {
                Files.copy(file, out);
            }
        }
        return target;
    }

    /** The layout's files copied to a folder, to change them. */
    public static Path copy(String layout, Path dir) throws IOException {
        Path target = Files.createDirectories(dir.resolve(layout));
        for (Path file : files(layout)) {
            Files.copy(file, target.resolve(file.getFileName()));
        }
        return target;
    }

    private static List<Path> files(String layout) {
        try (Stream<Path> list = Files.list(folder(layout))) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
