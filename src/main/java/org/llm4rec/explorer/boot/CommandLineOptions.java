package org.llm4rec.explorer.boot;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.llm4rec.explorer.app.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    // Several, as a desktop passes every selected file to "Open with"; a subcommand name is matched first.
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Comparison files (.llm4rec, or JSON exports) to open once the window is up.")
    List<Path> comparisonFiles = List.of();

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
        }, () -> read(args, options));
        return new AppConfig(options.dataDir != null ? options.dataDir : defaultDataDir,
                defaultOllama.apply(options.ollamaUrl));
    }

    /**
     * The comparison files named on the command line, in their order; empty when none is.
     *
     * @throws CommandLine.ParameterException when the arguments are wrong
     */
    static List<Path> comparisonFiles(List<String> args) {
        // Window options alone name no file, and are read without loading picocli (see WindowArguments).
        if (WindowArguments.values(args).isPresent()) {
            return List.of();
        }
        return List.copyOf(read(args, new CommandLineOptions()).comparisonFiles);
    }

    private static CommandLineOptions read(List<String> args, CommandLineOptions options) {
        new CommandLine(options).parseArgs(args.toArray(String[]::new));
        return options;
    }
}
