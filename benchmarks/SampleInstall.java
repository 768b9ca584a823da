import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llm4rec.explorer.app.SampleData;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteProfileRepository;

/**
 * What a first start does after its first frame: installs the sample catalogue and the demo profiles into a new
 * store, in a fresh JVM (classes not yet loaded, as on a first start). Prints the milliseconds of the install
 * alone, wall clock and the thread's CPU time (which moves less with the machine's load); run it several times,
 * alternating builds, and compare medians:
 *
 * <pre>
 * for i in 1 2 3 4 5 6 7; do java -cp target/llm4rec-explorer.jar benchmarks/SampleInstall.java; done
 * </pre>
 */
public final class SampleInstall {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("sample-install");
        try (Database db = Database.open(dir.resolve("store.db"))) {
            SqliteCatalogueRepository catalogue = new SqliteCatalogueRepository(db);
            SqliteProfileRepository profiles = new SqliteProfileRepository(db);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            new SampleData().install(catalogue, profiles);
            long installed = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            new SampleData().install(catalogue, profiles);
            long again = System.nanoTime();
            System.out.printf("first install %d ms (CPU %d ms), second (nothing to do) %d ms%n",
                    (installed - start) / 1_000_000, cpu / 1_000_000, (again - installed) / 1_000_000);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
