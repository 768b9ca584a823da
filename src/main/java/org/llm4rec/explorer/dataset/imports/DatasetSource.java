package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a dataset as the user has them: a folder (searched a few levels deep, since archives unpack into
 * a sub-folder such as {@code ml-100k/}), a .zip read in place, or a single file (.gz read directly).
 */
public final class DatasetSource implements AutoCloseable {
    private static final int FOLDER_DEPTH = 3;

    private final Path path;
    private final List<SourceFile> files;
    private final ZipFile zip;

    private DatasetSource(Path path, List<SourceFile> files, ZipFile zip) {
        this.path = path;
        this.files = List.copyOf(files);
        this.zip = zip;
    }

    public static DatasetSource open(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new ImportException("Nothing to import at " + path + ": no such file or folder.");
        }
        if (Files.isDirectory(path)) {
            return new DatasetSource(path, folder(path), null);
        }
        if (path.getFileName().toString().toLowerCase().endsWith(".zip")) {
            ZipFile zip = new ZipFile(path.toFile());
            List<SourceFile> files = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && !entry.getName().contains("__MACOSX")) {
                    String name = path.getFileName() + "!/" + entry.getName();
                    files.add(SourceFile.of(name, entry.getName(), Math.max(entry.getSize(), 0),
                            () -> openEntry(zip, entry, name)));
                }
            }
            files.sort(Comparator.comparing(SourceFile::path));
            return new DatasetSource(path, files, zip);
        }
        return new DatasetSource(path, List.of(file(path)), null);
    }

    private static InputStream openEntry(ZipFile zip, ZipEntry entry, String name) throws IOException {
        if (entry.getMethod() == ZipEntry.STORED) {
            return zip.getInputStream(entry);
        }
        Expansion.checkDeclared(name, entry.getSize(), entry.getCompressedSize());
        return Expansion.bounded(name, zip.getInputStream(entry), entry.getCompressedSize());
    }

    private static List<SourceFile> folder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, FOLDER_DEPTH)) {
            List<SourceFile> files = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    files.add(file(p));
                }
            }
            return files;
        }
    }

    static SourceFile file(Path p) throws IOException {
        return SourceFile.of(p.toString(), p.getFileName().toString(), Files.size(p), () -> Files.newInputStream(p));
    }

    public Path path() {
        return path;
    }

    public List<SourceFile> files() {
        return files;
    }

    /** The file of this name (case-insensitive, .gz or not), if present. */
    public Optional<SourceFile> find(String name) {
        return files.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The file of this name, or an error naming it as missing for the format. */
    public SourceFile require(String name, String format) {
        return find(name).orElseThrow(() -> new ImportException("The " + format + " dataset at " + path
                + " has no " + name + ", which is required."));
    }

    /** The optional files that are present, then the required ones (an error names the first missing). */
    public List<SourceFile> present(List<String> optional, List<String> required, String format) {
        List<SourceFile> found = new ArrayList<>();
        optional.forEach(name -> find(name).ifPresent(found::add));
        required.forEach(name -> found.add(require(name, format)));
        return found;
    }

    public List<SourceFile> matching(Predicate<SourceFile> test) {
        return files.stream().filter(test).toList();
    }

    public boolean has(String name) {
        return find(name).isPresent();
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
