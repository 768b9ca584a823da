package org.llm4rec.explorer.cli;

import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.RecommendationService;
import org.llm4rec.explorer.app.experiment.ExperimentJudging;
import org.llm4rec.explorer.app.experiment.ExperimentRunner;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.DatasetUsers;
import org.llm4rec.explorer.app.port.ExperimentRepository;
import org.llm4rec.explorer.app.port.InteractionRepository;
import org.llm4rec.explorer.app.port.LlmClient;
import org.llm4rec.explorer.app.port.ProfileRepository;
import org.llm4rec.explorer.app.port.ServerSettings;
import org.llm4rec.explorer.app.port.TemplateRepository;

/**
 * The services the subcommands run on, over one store: made by the app's one wiring, the same that builds the
 * window's, so a strategy that works in the window works from the command line.
 */
public interface CommandServices extends AutoCloseable {

    /** Opens the services for a data folder (null: the default one) and a model server (null: the saved ones). */
    interface Opener {
        CommandServices open(Path dataDir, String ollamaUrl);
    }

    Path databaseFile();

    CatalogueRepository catalogue();

    InteractionRepository interactions();

    ProfileRepository profiles();

    DatasetUsers datasetUsers();

    ExperimentRepository experiments();

    DatasetImportService imports();

    /** The model servers in use: the one given on the command line, else the saved ones, else $OLLAMA_HOST. */
    ServerSettings serverSettings();

    LlmClient llm();

    RecommendationService recommendations();

    /** Experiments calling the given model, at most {@code concurrency} calls at a time. */
    ExperimentRunner experimentRunner(LlmClient llm, IntSupplier concurrency);

    /** Model judges of experiments' stored explanations, asking through the given client. */
    ExperimentJudging experimentJudging(LlmClient llm);

    /** Strategies' and judges' templates with their users' edits. */
    TemplateRepository templates();

    @Override
    void close();
}
