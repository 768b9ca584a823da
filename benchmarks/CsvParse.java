import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llm4rec.explorer.dataset.imports.RecordReader;

/**
 * Parsing alone, no storing: reads a CSV file to its end with the importers' RecordReader and with FastCSV, in
 * turn, in one JVM, and prints each round's wall time and the reading thread's CPU time, and their medians (on a
 * shared machine the CPU time moves less with the load). Every field's length is summed so that no
 * reader can skip work. Run from the project folder after {@code ./mvnw -B -o -q package -DskipTests}:
 *
 * <pre>
 * java -Xmx1g -cp target/classes:$HOME/.m2/repository/de/siegmar/fastcsv/4.4.0/fastcsv-4.4.0.jar \
 *     benchmarks/CsvParse.java /tmp/ml25m/ratings.csv 5 [RecordReader]
 * </pre>
 *
 * The optional last argument keeps only the readers whose name starts with it: with the class path of another
 * build's jar in place of target/classes, that build's RecordReader is measured, for a before/after comparison.
 */
public final class CsvParse {
    interface Parser {
        long[] parse(Path file) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, Parser> parsers = new LinkedHashMap<>();
        parsers.put("RecordReader", CsvParse::recordReader);
        parsers.put("FastCSV (InputStream, UTF-8)", CsvParse::fastCsv);
        parsers.put("FastCSV (Reader replacing bad bytes)", CsvParse::fastCsvReplacing);
        if (args.length > 2) {
            parsers.keySet().removeIf(name -> !name.startsWith(args[2]));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> cpuTimes = new LinkedHashMap<>();
        parsers.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        parsers.keySet().forEach(name -> cpuTimes.put(name, new ArrayList<>()));
        for (int round = 0; round <= rounds; round++) {
            for (Map.Entry<String, Parser> parser : parsers.entrySet()) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long[] counts = parser.getValue().parse(file);
                double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s %s: %.2f s wall, %.2f s CPU, %,d records, %,d chars%n",
                        round == 0 ? "warm-up" : "round " + round, parser.getKey(), seconds, cpu, counts[0], counts[1]);
                if (round > 0) {
                    times.get(parser.getKey()).add(seconds);
                    cpuTimes.get(parser.getKey()).add(cpu);
                }
            }
        }
        times.forEach((name, list) -> System.out.printf("median %s: %.2f s wall, %.2f s CPU%n", name, median(list),
                median(cpuTimes.get(name))));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static long[] recordReader(Path file) throws IOException {
        long records = 0;
        long chars = 0;
        try (RecordReader reader = RecordReader.utf8(Files.newInputStream(file), ",", true)) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                records++;
                for (String field : row) {
                    chars += field.length();
                }
            }
        }
        return new long[] {records, chars};
    }

    private static long[] fastCsv(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Files.newInputStream(file),
                StandardCharsets.UTF_8)) {
            return count(reader);
        }
    }

    private static long[] fastCsvReplacing(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            return count(reader);
        }
    }

    private static long[] count(CsvReader<CsvRecord> reader) {
        long records = 0;
        long chars = 0;
        for (CsvRecord record : reader) {
            records++;
            for (String field : record.getFields()) {
                chars += field.length();
            }
        }
        return new long[] {records, chars};
    }
}
