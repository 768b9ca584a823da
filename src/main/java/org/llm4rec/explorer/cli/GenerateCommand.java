package org.llm4rec.explorer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.bench.SyntheticMovieLens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a synthetic MovieLens-layout dataset, for benchmarks and for trying the app without downloads. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic dataset in a MovieLens layout (same seed, same files).")
public final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder to write into.")
    Path folder;

    @Option(names = "--scale", defaultValue = "ml-1m", paramLabel = "SCALE",
            description = "ml-1m (6,040 users, 3,706 items, 1M ratings), ml-25m (162,541 users, 62,423 items,"
                    + " 25M ratings) or tiny. Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--layout", defaultValue = "csv", paramLabel = "LAYOUT",
            description = "ml-100k (u.data, u.item…), dat (1M/10M ::-separated) or csv (latest/25M)."
                    + " Default: ${DEFAULT-VALUE}.")
    String layout;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        new SyntheticMovieLens(SyntheticMovieLens.Scale.of(scale), seed)
                .write(SyntheticMovieLens.layout(layout), folder);
        spec.commandLine().getOut().printf("Wrote %s (%s layout, %s scale) in %.1f s%n", folder, layout, scale,
                (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
