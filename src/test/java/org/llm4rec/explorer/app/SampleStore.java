package org.llm4rec.explorer.app;

import java.nio.file.Path;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Profile;
import org.llm4rec.explorer.store.Database;
import org.llm4rec.explorer.store.SqliteCatalogueRepository;
import org.llm4rec.explorer.store.SqliteProfileRepository;
import org.llm4rec.explorer.store.SqliteRunRepository;

/** A real SQLite store in a test folder with the sample catalogue and its demo profiles installed. */
final class SampleStore implements AutoCloseable {
    final Database db;
    final SqliteCatalogueRepository catalogue;
    final SqliteRunRepository runs;
    final Dataset dataset;
    final Profile fantasy;

    SampleStore(Path dir) {
        db = Database.open(dir.resolve("store.db"));
        catalogue = new SqliteCatalogueRepository(db);
        var profiles = new SqliteProfileRepository(db);
        new SampleData().install(catalogue, profiles);
        runs = new SqliteRunRepository(db);
        dataset = catalogue.dataset(SampleData.DATASET_ID).orElseThrow();
        fantasy = profiles.list(SampleData.DATASET_ID).stream().filter(p -> p.name().equals("Fantasy reader"))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        db.close();
    }
}
