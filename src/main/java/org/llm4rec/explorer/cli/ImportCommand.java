package org.llm4rec.explorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a dataset into the store: a folder, a .zip or a file (.gz read directly).",
                "Detected layouts: MovieLens 100K, 1M, 10M, latest/20M/25M/32M; goodbooks-10k; Amazon Reviews"
                        + " 2018 and 2023; RecBole atomic files.",
                "Any other CSV, TSV or JSON-lines file: give its columns with --map.",
                "A dataset of the same name is replaced; a failed import changes nothing."})
public final class ImportCommand implements Callable<Integer> {
    private final CommandServices.Opener services;

    @Parameters(paramLabel = "PATH", description = "The folder, zip or file to import.")
    Path path;

    @Option(names = "--name", paramLabel = "NAME", description = "Dataset name (default: the file or folder name).")
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

    @Override
    public Integer call() throws IOException {
        ImportSteps.mark("command line read");
        PrintWriter out = spec.commandLine().getOut();
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
