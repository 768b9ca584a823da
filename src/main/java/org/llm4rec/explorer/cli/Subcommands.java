package org.llm4rec.explorer.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.llm4rec.explorer.domain.EchoedText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless subcommands, added to the app's command line; each runs without a window and exits. */
public final class Subcommands {
    private Subcommands() {
    }

    /**
     * The subcommands the arguments name, or every one when they name none (help, a mistake). picocli reads each
     * added command's options and their types when it is added: all of them took a sixth of a second of every
     * {@code import}, loading the prompt strategies and experiment classes that only {@code recommend} and
     * {@code experiment} use. A value that happens to be a subcommand's name only adds that command.
     */
    public static CommandLine addFor(List<String> args, CommandLine root, CommandServices.Opener services) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        add(commands, ImportCommand.class, () -> new ImportCommand(services));
        add(commands, DatasetsCommand.class, () -> new DatasetsCommand(services));
        add(commands, GenerateCommand.class, GenerateCommand::new);
        add(commands, BenchmarkCommand.class, () -> new BenchmarkCommand(services));
        add(commands, ExperimentCommand.class, () -> new ExperimentCommand(services));
        add(commands, StudyCommand.class, () -> new StudyCommand(services));
        add(commands, RecommendCommand.class, () -> new RecommendCommand(services));
        add(commands, ExperimentBenchmarkCommand.class, () -> new ExperimentBenchmarkCommand(services));
        boolean anyNamed = args.stream().anyMatch(commands::containsKey);
        commands.forEach((name, command) -> {
            if (!anyNamed || args.contains(name)) {
                root.addSubcommand(command.get());
            }
        });
        root.setExecutionExceptionHandler((e, cli, parsed) -> {
            cli.getErr().println(failure(cli.getCommandName(), e));
            cli.getErr().flush();
            return 1;
        });
        return root;
    }

    /** One line saying what went wrong, not a stack trace: the messages name the file, line or column. */
    static String failure(String command, Exception e) {
        return command + " failed: " + EchoedText.message(e.getMessage());
    }

    private static void add(Map<String, Supplier<Object>> commands, Class<?> type, Supplier<Object> command) {
        commands.put(type.getAnnotation(Command.class).name(), command);
    }
}
