package org.llm4rec.explorer.cli;

import java.util.List;
import org.llm4rec.explorer.domain.EchoedText;
import picocli.CommandLine;

/** The headless subcommands, added to the app's command line; each runs without a window and exits. */
public final class Subcommands {
    private Subcommands() {
    }

    public static CommandLine addTo(CommandLine root, CommandServices.Opener services) {
        for (Object command : List.of(new ImportCommand(services), new DatasetsCommand(services),
                new GenerateCommand(), new BenchmarkCommand(services), new ExperimentCommand(services),
                new StudyCommand(services),
                new RecommendCommand(services), new ExperimentBenchmarkCommand(services))) {
            root.addSubcommand(command);
        }
        // One line saying what went wrong, not a stack trace: the messages name the file, line or column.
        root.setExecutionExceptionHandler((e, cli, parsed) -> {
            cli.getErr().println(cli.getCommandName() + " failed: "
                    + EchoedText.message(e.getMessage()));
            cli.getErr().flush();
            return 1;
        });
        return root;
    }
}
