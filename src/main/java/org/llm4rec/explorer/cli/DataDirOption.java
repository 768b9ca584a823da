package org.llm4rec.explorer.cli;

import java.nio.file.Path;
import org.llm4rec.explorer.boot.AppConfig;
import picocli.CommandLine.Option;

/** The --data-dir option every subcommand shares, with the window's default. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the app's SQLite store (default: $" + AppConfig.DATA_DIR_ENV
                    + ", else the platform's app-data folder).")
    Path dataDir;

    Path databaseFile() {
        Path dir = dataDir != null ? dataDir : AppConfig.defaultDataDir(System.getenv(),
                System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
        return new AppConfig(dir, "").databaseFile();
    }
}
