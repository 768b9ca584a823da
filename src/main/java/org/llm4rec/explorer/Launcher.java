package org.llm4rec.explorer;

import javafx.application.Application;
import picocli.CommandLine;

/**
 * Entry point. It does not extend {@link Application} because the app runs from the class path, where JavaFX
 * refuses to start a main class that is itself an Application.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new CommandLineOptions());
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return;
            }
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            cli.usage(System.err);
            System.exit(2);
        }
        Application.launch(ExplorerApp.class, args);
    }
}
