package org.llm4rec.explorer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.llm4rec.explorer.app.port.DatasetCounts;
import org.llm4rec.explorer.app.port.InteractionRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.EchoedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the datasets the store holds. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List the datasets in the store.")
public final class DatasetsCommand implements Callable<Integer> {
    private final CommandServices.Opener services;

    @Mixin
    DataDirOption store;

    @Spec
    CommandSpec spec;

    DatasetsCommand(CommandServices.Opener services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CommandServices app = services.open(store.dataDir, null)) {
            List<Dataset> datasets = app.catalogue().datasets();
            InteractionRepository interactions = app.interactions();
            if (datasets.isEmpty()) {
                out.println("No datasets in " + app.databaseFile() + ". Import one with: import PATH");
            } else {
                out.printf("%-28s %-36s %-8s %12s %10s %14s  %s%n", "ID", "NAME", "KIND", "ITEMS", "USERS",
                        "INTERACTIONS", "VERSION");
            }
            for (Dataset d : datasets) {
                DatasetCounts counts = interactions.counts(d.id());
                out.printf("%-28s %-36s %-8s %,12d %,10d %,14d  %s%n", d.id(), EchoedText.safe(d.name()),
                        EchoedText.safe(d.itemKind()),
                        d.itemCount(), counts.users(), counts.interactions(),
                        d.version().substring(0, Math.min(12, d.version().length())));
            }
            out.flush();
            return 0;
        }
    }
}
