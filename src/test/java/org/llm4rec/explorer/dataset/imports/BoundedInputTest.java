package org.llm4rec.explorer.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that would exhaust memory if read naively: endless lines and compressed files that expand a thousandfold.
 * The memory cases run in a separate JVM with a small heap, so that reading them whole would fail there.
 */
class BoundedInputTest {
    private static final String SMALL_HEAP = "-Xmx24m";

    @TempDir
    Path dir;

    @Test
    void linesAreSplitOnLfCrAndCrlfAcrossBufferBoundaries() throws IOException {
        String longLine = "x".repeat(70_000);
        LineReader reader = new LineReader(new StringReader("a\r\nb\rc\n\n" + longLine + "\r\nlast"));

        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }

        assertThat(lines).containsExactly("a", "b", "c", "", longLine, "last");
    }

    @Test
    void aLineOverTheBoundIsReadPastAndTheNextLineReadWhole() throws IOException {
        LineReader reader = new LineReader(new StringReader("ok\n" + "y".repeat(100) + "\nafter\n"), 50);

        assertThat(reader.readLine()).isEqualTo("ok");
        assertThat(reader.readLine()).isEmpty();
        assertThat(reader.tooLong()).isTrue();
        assertThat(reader.readLine()).isEqualTo("after");
        assertThat(reader.tooLong()).isFalse();
        assertThat(reader.readLine()).isNull();
    }

    @Test
    void aRowLongerThanAMegabyteIsABadRowNamedByFileAndLine() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        String ratings = Files.readString(folder.resolve("ratings.csv"));
        int secondRow = ratings.indexOf('\n', ratings.indexOf('\n') + 1) + 1;
        Files.writeString(folder.resolve("ratings.csv"), ratings.substring(0, secondRow)
                + "3,1,4.0,\"" + "a review pasted into the wrong column ".repeat(30_000) + "\"\n"
                + ratings.substring(secondRow));

        ImportReport report = importFrom(folder);

        assertThat(report.problems()).first().hasToString("ratings.csv, line 3: " + LineReader.TOO_LONG);
        assertThat(report.interactions()).isEqualTo(4);
    }

    @Test
    void aQuotedFieldThatNeverClosesStopsAtTheBoundInsteadOfSwallowingTheFile() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n1,1,\"4.0,964982703\n");
        for (int i = 0; i < 60_000; i++) {
            ratings.append("1,1,4.0,964982703 and a long run of text that the open quote keeps\n");
        }
        Files.writeString(folder.resolve("ratings.csv"), ratings);

        ImportReport report = importFrom(folder);

        assertThat(report.problems()).first().asString()
                .startsWith("ratings.csv, line 2: a quoted field opened on line 2 runs on for more than");
    }

    @Test
    void aHeaderLongerThanTheBoundMeansTheFileIsNotADataset() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        Files.writeString(folder.resolve("movies.csv"), "movieId," + "t".repeat(LineReader.MAX_LINE_CHARS) + "\n");

        assertThatThrownBy(() -> importFrom(folder)).isInstanceOf(ImportException.class)
                .hasMessage("movies.csv is not a dataset file: its first line is " + LineReader.TOO_LONG + ".");
    }

    @Test
    void aFileWithNoLineBreaksIsReadInASmallHeap() throws Exception {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        writeZeros(Files.newOutputStream(folder.resolve("ratings.csv")), 64L << 20);

        String output = importInSmallHeap(folder);

        assertThat(output).doesNotContain("OutOfMemoryError")
                .contains("ratings.csv is not a dataset file: its first line is a line longer than 1 MB");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsRead() throws Exception {
        Path zip = dir.resolve("ml-latest-small.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("ml-latest-small/movies.csv"));
            Files.copy(Fixtures.folder("ml-latest-small").resolve("movies.csv"), out);
            out.putNextEntry(new ZipEntry("ml-latest-small/ratings.csv"));
            writeZeros(out, 200L << 20);
        }
        assertThat(Files.size(zip)).isLessThan(1L << 20);

        long start = System.nanoTime();
        String output = importInSmallHeap(zip);

        assertThat(output).doesNotContain("OutOfMemoryError")
                .contains("ml-latest-small.zip!/ml-latest-small/ratings.csv is refused: it expands from")
                .contains("zip bomb");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(20);
    }

    @Test
    void aGzipThatExpandsBeyondTheRatioIsStoppedWhileRead() throws IOException {
        Path folder = Fixtures.copy("ml-latest-small", dir);
        Files.delete(folder.resolve("ratings.csv"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("ratings.csv.gz")))) {
            out.write("userId,movieId,rating,timestamp\n".getBytes(StandardCharsets.UTF_8));
            writeZeros(out, 40L << 20);
        }

        assertThatThrownBy(() -> importFrom(folder)).isInstanceOf(ImportException.class)
                .hasMessageContaining("ratings.csv.gz is refused: it expands from")
                .hasMessageContaining("over 100 times its compressed size");
    }

    @Test
    void ordinaryCompressedFilesAreNotRefused() throws IOException {
        ImportReport zipped = importFrom(Fixtures.zip("ml-latest-small", dir));
        ImportReport gzipped = importFrom(Fixtures.gzipped("ml-latest-small", dir));

        assertThat(zipped.interactions()).isEqualTo(4);
        assertThat(gzipped.interactions()).isEqualTo(4);
    }

    private static void writeZeros(OutputStream out, long bytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        for (long written = 0; written < bytes; written += zeros.length) {
            out.write(zeros);
        }
        if (!(out instanceof ZipOutputStream)) {
            out.close();
        }
    }

    private static ImportReport importFrom(Path path) throws IOException {
        try (DatasetSource source = DatasetSource.open(path)) {
            return DatasetImporter.run(source, Formats.detect(source), new RecordingSink(), ImportListener.NONE,
                    () -> false);
        }
    }

    /** Imports in a JVM whose heap could not hold the file's text; returns what it printed. */
    private static String importInSmallHeap(Path path) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SMALL_HEAP, "-cp", System.getProperty("java.class.path"), SmallHeapImport.class.getName(),
                path.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** The forked JVM's entry point: imports the path and prints the outcome. */
    public static final class SmallHeapImport {
        public static void main(String[] args) throws IOException {
            try {
                System.out.println("imported " + importFrom(Path.of(args[0])).interactions());
            } catch (ImportException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
