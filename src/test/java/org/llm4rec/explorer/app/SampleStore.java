package org.llm4rec.explorer.app;

import java.nio.file.Path;
import java.time.Clock;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.RunRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.domain.parse.ResponseParser;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteProfileRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;

/** A real SQLite store in a test folder with the sample catalogue and its demo profiles installed. */
public final class SampleStore implements AutoCloseable {
    public final Database db;
    public final SqliteCatalogueRepository catalogue;
    public final SqliteProfileRepository profiles;
    public final SqliteRunRepository runs;
    public final Dataset dataset;
    public final Profile fantasy;

    public SampleStore(Path dir) {
        db = Database.open(dir.resolve("store.db"));
        catalogue = new SqliteCatalogueRepository(db);
        profiles = new SqliteProfileRepository(db);
        new SampleData().install(catalogue, profiles);
        runs = new SqliteRunRepository(db);
        dataset = catalogue.dataset(SampleData.DATASET_ID).orElseThrow();
        fantasy = profiles.list(SampleData.DATASET_ID).stream().filter(p -> p.name().equals("Fantasy reader"))
                .findFirst().orElseThrow();
    }

    /** Recommendations over this store from the Ollama server at the address. */
    public RecommendationService service(String ollamaUrl) {
        return service(ollamaUrl, catalogue, runs);
    }

    /** Recommendations over any catalogue and run store from the Ollama server at the address, as the app wires it. */
    public static RecommendationService service(String ollamaUrl, CatalogueRepository catalogue, RunRepository runs) {
        return new RecommendationService(new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(ollamaUrl)),
                catalogue, runs, new ResponseParser(), Clock.systemUTC());
    }

    @Override
    public void close() {
        db.close();
    }
}
