package org.llm4rec.explorer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data-dir option every subcommand shares, with the window's default. */
public final class DataDirOption {
    static final String NAME = "--data-dir";

    @Option(names = NAME, paramLabel = "DIR",
            description = "Folder of the app's SQLite store (default: $LLM4REC_DATA_DIR, else the platform's app-data folder).")
    Path dataDir;
}
