package org.llm4rec.explorer.boot;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import org.llm4rec.explorer.cli.ImportCommand;
import org.llm4rec.explorer.cli.Subcommands;
import org.llm4rec.explorer.dataset.imports.ImportSteps;
import picocli.CommandLine;

/**
 * Entry point. It does not extend {@link Application} because the app runs from the class path, where JavaFX
 * refuses to start a main class that is itself an Application. With a subcommand it runs headless and exits,
 * without touching JavaFX; without one it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Sends the log to a file in the data folder; set before anything logs, as slf4j-simple reads it once. */
    static void logToFile(AppConfig config) {
        try {
            Files.createDirectories(config.logFile().getParent());
            System.setProperty("org.slf4j.simpleLogger.logFile", config.logFile().toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        } catch (IOException e) {
            System.err.println("Logging to the console: cannot create " + config.logFile().getParent()
                    + " (" + e.getMessage() + ")");
        }
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        EchoSafeLogging.use();
        ImportSteps.mark("main");
        if (WindowArguments.values(List.of(args)).isEmpty()) {
            runCommandLine(args);
        }
        EarlyStart.begin(List.of(args));
        Application.launch(ExplorerApp.class, args);
    }

    /**
     * Help, version, a subcommand, or anything unusual: picocli reads the whole command line (except a plain
     * import, see {@link ImportCommand#plain}). A subcommand runs headless and exits; wrong arguments exit with a
     * message; plain window options return to open the window.
     */
    private static void runCommandLine(String[] args) {
        Optional<ImportCommand> plainImport = ImportCommand.plain(List.of(args), Wiring::forCommand);
        if (plainImport.isPresent()) {
            System.exit(plainImport.get().runPlain(new PrintWriter(System.out), new PrintWriter(System.err)));
        }
        CommandLine cli = Subcommands.addFor(List.of(args), new CommandLine(new CommandLineOptions()),
                Wiring::forCommand);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                System.exit(0);
            }
            if (parsed.hasSubcommand()) {
                System.exit(cli.execute(args));
            }
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            e.getCommandLine().usage(System.err);
            System.exit(2);
        }
    }
}
