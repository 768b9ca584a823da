package org.llm4rec.explorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.llm4rec.explorer.boot.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The subcommands as the jar runs them, in process; what they print is kept for the test to read. */
final class CommandRunner {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Command(name = "llm4rec-explorer", mixinStandardHelpOptions = true)
    static final class Root {
    }

    /** Runs one command line, built as the launcher builds it, and gives its exit code. */
    int run(String... args) {
        CommandLine cli = Subcommands.addFor(List.of(args), new CommandLine(new Root()), Wiring::forCommand);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
