package org.llm4rec.explorer.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.bench.SyntheticMovieLens;
import org.llm4rec.explorer.dataset.imports.ImportReport;
import org.llm4rec.explorer.domain.Item;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Generates a synthetic MovieLens-layout dataset (unless already there), imports it into a fresh store and
 * measures the import (wall time, rows/s, peak heap) and catalogue search latency over many queries.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Import a synthetic dataset into a fresh store and print rows/s, wall time, peak heap and"
                + " search latency percentiles.")
public final class BenchmarkCommand implements Callable<Integer> {
    private final CommandServices.Opener services;

    private static final String DATASET = "bench";

    @Option(names = "--scale", defaultValue = "ml-1m", description = "ml-1m, ml-25m or tiny. Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--layout", defaultValue = "csv", description = "ml-100k, dat or csv. Default: ${DEFAULT-VALUE}.")
    String layout;

    @Option(names = "--work-dir", required = true, paramLabel = "DIR",
            description = "Where the generated files (kept for reruns) and the fresh store go.")
    Path workDir;

    @Option(names = "--queries", defaultValue = "1000", description = "Search queries to time. Default: ${DEFAULT-VALUE}.")
    int queries;

    @Option(names = "--search-only", description = "Time the searches against the store a previous run built.")
    boolean searchOnly;

    @Spec
    CommandSpec spec;

    BenchmarkCommand(CommandServices.Opener services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = workDir.resolve(scale + "-" + layout);
        if (!Files.isDirectory(data)) {
            long start = System.nanoTime();
            new SyntheticMovieLens(SyntheticMovieLens.Scale.of(scale), 42)
                    .write(SyntheticMovieLens.layout(layout), data);
            out.printf("generated %s in %.1f s%n", data, (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        Path storeFile = workDir.resolve("bench-store/explorer.db");
        if (searchOnly) {
            try (CommandServices app = services.open(storeFile.getParent(), null)) {
                searchLatency(app.catalogue(), DatasetImportService.idFor(DATASET), out);
            }
            return 0;
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(storeFile + suffix));
        }
        try (CommandServices app = services.open(storeFile.getParent(), null)) {
            System.gc();
            resetPeakHeap();
            long start = System.nanoTime();
            DatasetImportService.Imported imported = app.imports()
                    .importPath(data, DATASET, new ProgressPrinter(System.err), () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            ImportReport report = imported.report();
            out.printf("import: %s, %,d users, %,d items, %,d interactions, %,d skipped%n", report.format(),
                    report.users(), report.items(), report.interactions(), report.skipped());
            out.printf("wall time: %.2f s, %,.0f rows/s, peak heap: %,d MB (max heap %,d MB)%n", seconds,
                    report.rows() / seconds, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.printf("store file: %,d MB%n", Files.size(storeFile) >> 20);
            out.flush();
            searchLatency(app.catalogue(), imported.datasetId(), out);
        }
        return 0;
    }

    /** Queries as people type them: the start of a title, one of its words, or a word with a typo. */
    private void searchLatency(CatalogueRepository catalogue, String datasetId, PrintWriter out) {
        List<Item> items = catalogue.search(datasetId, "a", 10_000);
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            String title = items.get(random.nextInt(items.size())).title();
            String[] words = title.split("[ ,]+");
            texts.add(switch (i % 3) {
                case 0 -> title.substring(0, Math.min(title.length(), 3 + random.nextInt(8)));
                case 1 -> words[random.nextInt(words.length)];
                default -> words[0].length() > 4 ? words[0].substring(0, 2) + words[0].substring(3) : words[0];
            });
        }
        texts.stream().limit(50).forEach(q -> catalogue.search(datasetId, q, 20));
        long[] nanos = new long[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            long start = System.nanoTime();
            catalogue.search(datasetId, texts.get(i), 20);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("search over %,d items, %,d queries: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                catalogue.dataset(datasetId).orElseThrow().itemCount(), nanos.length, percentile(nanos, 50),
                percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
        out.flush();
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void resetPeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
