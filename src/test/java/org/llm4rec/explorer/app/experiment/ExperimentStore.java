package org.llm4rec.explorer.app.experiment;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.fake.FakeOllama;
import org.llm4rec.explorer.llm.OllamaLlmClient;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteDatasetStore;
import org.llm4rec.explorer.store.SqliteExperimentRepository;
import org.llm4rec.explorer.store.SqliteTemplateRepository;
import org.llm4rec.explorer.store.SqliteUserHistories;

/** A real SQLite file holding one imported dataset, and the fake Ollama answering one model over HTTP. */
final class ExperimentStore implements AutoCloseable {
    final Database db;
    final FakeOllama ollama;
    final SqliteExperimentRepository repository;
    final String datasetId;

    ExperimentStore(Path dir, Path data, String name, String model, Function<String, String> answer)
            throws Exception {
        db = Database.open(dir.resolve("store.db"));
        datasetId = new DatasetImportService(new SqliteDatasetStore(db))
                .importPath(data, name, p -> { }, () -> false).datasetId();
        ollama = FakeOllama.start().model(model).replies(model, answer);
        repository = new SqliteExperimentRepository(db);
    }

    ExperimentRunner runner(int concurrency) {
        var llm = new OllamaLlmClient(OllamaSettings.defaults().withBaseUrl(ollama.baseUrl()));
        return new ExperimentRunner(llm, new SqliteCatalogueRepository(db), new SqliteUserHistories(db), repository,
                new SqliteTemplateRepository(db), () -> concurrency, Clock.systemUTC());
    }

    @Override
    public void close() {
        ollama.close();
        db.close();
    }
}
