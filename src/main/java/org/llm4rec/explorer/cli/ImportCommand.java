package org.llm4rec.explorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.dataset.imports.ColumnMapping;
import org.llm4rec.explorer.dataset.imports.ImportSteps;
import org.llm4rec.explorer.domain.EchoedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a dataset without a window: progress on stderr, summary on stdout. */
@Command(name = ImportCommand.COMMAND, mixinStandardHelpOptions = true,
        description = {"Import a dataset into the store: a folder, a .zip or a file (.gz read directly).",
                "Detected layouts: MovieLens 100K, 1M, 10M, latest/20M/25M/32M; goodbooks-10k; Amazon Reviews"
                        + " 2018 and 2023; RecBole atomic files.",
                "Any other CSV, TSV or JSON-lines file: give its columns with --map.",
                "A dataset of the same name is replaced; a failed import changes nothing."})
public final class ImportCommand implements Callable<Integer> {
    static final String COMMAND = "import";
    private static final String NAME = "--name";

    private final CommandServices.Opener services;

    @Parameters(paramLabel = "PATH", description = "The folder, zip or file to import.")
    Path path;

    @Option(names = NAME, paramLabel = "NAME", description = "Dataset name (default: the file or folder name).")
    String name;

    @Mixin
    DataDirOption store;

    @Mixin
    MappingOptions mapping;

    @Spec
    CommandSpec spec;

    ImportCommand(CommandServices.Opener services) {
        this.services = services;
    }

    /**
     * The plain form {@code import PATH [--name NAME] [--data-dir DIR]}, read without picocli: loading it took about
     * a tenth of a second of every import's start, and its classes (Java 5's format) cannot go into a class-data
     * sharing archive. Empty for anything else (help, a column mapping, an option given twice or without a value, a
     * value that looks like an option, an @file), which picocli then reads and reports as before.
     */
    public static Optional<ImportCommand> plain(List<String> args, CommandServices.Opener services) {
        if (args.isEmpty() || !args.get(0).equals(COMMAND)) {
            return Optional.empty();
        }
        ImportCommand command = new ImportCommand(services);
        command.store = new DataDirOption();
        command.mapping = new MappingOptions();
        try {
            for (int i = 1; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("-")) {
                    if (command.path != null || arg.startsWith("@")) {
                        return Optional.empty();
                    }
                    command.path = Path.of(arg);
                    continue;
                }
                int equals = arg.indexOf('=');
                String option = equals > 0 ? arg.substring(0, equals) : arg;
                String value = equals > 0 ? arg.substring(equals + 1) : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null || value.startsWith("-") || value.startsWith("@")) {
                    return Optional.empty();
                }
                if (option.equals(NAME) && command.name == null) {
                    command.name = value;
                } else if (option.equals(DataDirOption.NAME) && command.store.dataDir == null) {
                    command.store.dataDir = Path.of(value);
                } else {
                    return Optional.empty();
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return command.path == null ? Optional.empty() : Optional.of(command);
    }

    /** Runs a command read by {@link #plain}: its exit code, and on failure the one line picocli's run prints. */
    public int runPlain(PrintWriter out, PrintWriter err) {
        try {
            return run(out);
        } catch (Exception e) {
            err.println(Subcommands.failure(COMMAND, e));
            err.flush();
            return 1;
        }
    }

    @Override
    public Integer call() throws IOException {
        return run(spec.commandLine().getOut());
    }

    private int run(PrintWriter out) throws IOException {
        ImportSteps.mark("command line read");
        ColumnMapping columns = mapping.mapped() ? mapping.mapping(path) : null;
        try (CommandServices app = services.open(store.dataDir, null)) {
            DatasetImportService service = app.imports();
            ImportSteps.mark("services ready");
            ProgressPrinter progress = new ProgressPrinter(System.err);
            DatasetImportService.Imported imported = columns != null
                    ? service.importMapped(columns, name, progress, () -> false)
                    : service.importPath(path, name, progress, () -> false);
            out.printf("Imported %s as \"%s\" (id %s) into %s%n", path, EchoedText.safe(imported.name()),
                    imported.datasetId(), app.databaseFile());
            out.print(imported.report().summary(10));
            out.printf("Version: %s%n", imported.report().version());
            out.flush();
        }
        if (ImportSteps.on()) {
            ImportSteps.mark("store closed");
            System.err.print(ImportSteps.report());
        }
        return 0;
    }
}
