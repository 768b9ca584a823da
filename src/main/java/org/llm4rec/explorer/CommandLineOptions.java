package org.llm4rec.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.llm4rec.explorer.app.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options the app understands on its command line. */
@Command(name = "llm4rec-explorer", mixinStandardHelpOptions = true, versionProvider = CommandLineOptions.Version.class,
        description = "Explore LLM prompting strategies for recommendation against a local Ollama model.")
final class CommandLineOptions {

    @Option(names = WindowArguments.DATA_DIR, paramLabel = "DIR",
            description = "Folder for the app's SQLite store (default: $" + AppConfig.DATA_DIR_ENV
                    + ", else the platform's app-data folder).")
    Path dataDir;

    @Option(names = WindowArguments.OLLAMA, paramLabel = "URL",
            description = "Ollama base URL (default: $OLLAMA_HOST, else http://localhost:11434).")
    String ollamaUrl;

    /** The version, from the one place that states it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.NAME + " " + AppInfo.VERSION};
        }
    }

    /**
     * Reads the options into a configuration.
     *
     * @param defaultDataDir the data folder when none is given
     * @param defaultOllama  maps an explicit URL (or null) to the URL to use, applying OLLAMA_HOST
     * @throws CommandLine.ParameterException when the arguments are wrong
     */
    static AppConfig parse(List<String> args, Path defaultDataDir, Function<String, String> defaultOllama) {
        CommandLineOptions options = new CommandLineOptions();
        WindowArguments.values(args).ifPresentOrElse(values -> {
            options.dataDir = values.containsKey(WindowArguments.DATA_DIR)
                    ? Path.of(values.get(WindowArguments.DATA_DIR)) : null;
            options.ollamaUrl = values.get(WindowArguments.OLLAMA);
        }, () -> new CommandLine(options).parseArgs(args.toArray(String[]::new)));
        return new AppConfig(options.dataDir != null ? options.dataDir : defaultDataDir,
                defaultOllama.apply(options.ollamaUrl));
    }
}
