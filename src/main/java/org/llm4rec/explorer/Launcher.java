package org.llm4rec.explorer;

import javafx.application.Application;
import org.llm4rec.explorer.cli.Subcommands;
import picocli.CommandLine;

/**
 * Entry point. It does not extend {@link Application} because the app runs from the class path, where JavaFX
 * refuses to start a main class that is itself an Application. With a subcommand it runs headless and exits,
 * without touching JavaFX; without one it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        CommandLine cli = Subcommands.addTo(new CommandLine(new CommandLineOptions()));
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return;
            }
            if (parsed.hasSubcommand()) {
                System.exit(cli.execute(args));
            }
        } catch (CommandLine.ParameterException e) {
            System.err.println(e.getMessage());
            e.getCommandLine().usage(System.err);
            System.exit(2);
        }
        Application.launch(ExplorerApp.class, args);
    }
}
