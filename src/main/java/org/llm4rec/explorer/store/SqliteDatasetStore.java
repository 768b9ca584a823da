package org.llm4rec.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.llm4rec.explorer.app.port.DatasetStore;
import org.llm4rec.explorer.dataset.imports.DatasetSink;
import org.llm4rec.explorer.dataset.imports.ImportReport;
import org.llm4rec.explorer.dataset.imports.ImportSteps;
import org.llm4rec.explorer.dataset.imports.PipelinedSink;
import org.llm4rec.explorer.dataset.imports.SourceFileRecord;

/** Imports, renames and deletes whole datasets in SQLite, each in one transaction. */
public final class SqliteDatasetStore implements DatasetStore {
    private static final String PLACEHOLDER_VERSION = "importing";

    private final Database db;
    private final Clock clock;

    public SqliteDatasetStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public SqliteDatasetStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ImportReport store(String datasetId, String name, String source, Function<DatasetSink, ImportReport> work) {
        ImportReport imported = db.writeAlone(c -> {
            clearContents(c, datasetId);
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO datasets (id, name, item_kind, version, item_count, created_at)
                    VALUES (?, ?, 'item', ?, 0, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, version = excluded.version""")) {
                p.setString(1, datasetId);
                p.setString(2, name);
                p.setString(3, PLACEHOLDER_VERSION);
                p.setString(4, Timestamps.format(clock.instant()));
                p.executeUpdate();
            }
            ImportReport report;
            try (PipelinedSink rows = new PipelinedSink(new BulkDatasetWriter(c, datasetId))) {
                report = work.apply(rows);
            }
            indexForSearch(c, datasetId);
            ImportSteps.mark("search index built");
            record(c, datasetId, source, report);
            return report;
        });
        ImportSteps.mark("committed");
        db.checkpoint();
        ImportSteps.mark("checkpointed");
        return imported;
    }

    /** In rowid order: FTS5 appends ascending rowids cheaply (see SqliteCatalogueRepository). */
    private static void indexForSearch(Connection c, String datasetId) throws SQLException {
        try (PreparedStatement index = c.prepareStatement("INSERT INTO items_fts (rowid, title, creators, categories)"
                + " SELECT id, title, creators, categories FROM items WHERE dataset_id = ? ORDER BY id")) {
            index.setString(1, datasetId);
            index.executeUpdate();
        }
    }

    private void record(Connection c, String datasetId, String source, ImportReport report) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE datasets SET item_kind = ?, version = ?, item_count = ?, created_at = ? WHERE id = ?")) {
            p.setString(1, report.itemKind());
            p.setString(2, report.version());
            p.setLong(3, report.items());
            p.setString(4, Timestamps.format(clock.instant()));
            p.setString(5, datasetId);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO dataset_imports (dataset_id, format, source,"
                + " user_count, interaction_count, skipped_rows, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, datasetId);
            p.setString(2, report.format());
            p.setString(3, source);
            p.setLong(4, report.users());
            p.setLong(5, report.interactions());
            p.setLong(6, report.skipped());
            p.setString(7, Timestamps.format(clock.instant()));
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT OR REPLACE INTO dataset_files (dataset_id, name, size, sha256) VALUES (?, ?, ?, ?)")) {
            for (SourceFileRecord file : report.files()) {
                p.setString(1, datasetId);
                p.setString(2, file.name());
                p.setLong(3, file.size());
                p.setString(4, file.sha256());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Everything a dataset holds except its row and its profiles. */
    private static void clearContents(Connection c, String datasetId) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM interactions WHERE user_key IN (SELECT id FROM dataset_users WHERE dataset_id = ?)",
                "DELETE FROM dataset_users WHERE dataset_id = ?",
                "DELETE FROM item_details WHERE item_key IN (SELECT id FROM items WHERE dataset_id = ?)",
                "DELETE FROM item_activity WHERE item_key IN (SELECT id FROM items WHERE dataset_id = ?)",
                "DELETE FROM item_latest WHERE item_key IN (SELECT id FROM items WHERE dataset_id = ?)",
                "DELETE FROM items WHERE dataset_id = ?",
                "DELETE FROM dataset_imports WHERE dataset_id = ?",
                "DELETE FROM dataset_files WHERE dataset_id = ?")) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, datasetId);
                p.executeUpdate();
            }
        }
    }

    @Override
    public void rename(String datasetId, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A dataset needs a name.");
        }
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE datasets SET name = ? WHERE id = ?")) {
                p.setString(1, name.strip());
                p.setString(2, datasetId);
                if (p.executeUpdate() == 0) {
                    throw new StoreException("There is no dataset " + datasetId + " to rename.");
                }
            }
            return null;
        });
    }

    @Override
    public void delete(String datasetId) {
        db.writeAlone(c -> {
            clearContents(c, datasetId);
            for (String sql : List.of(
                    "DELETE FROM profiles WHERE dataset_id = ?",
                    "DELETE FROM datasets WHERE id = ?")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, datasetId);
                    p.executeUpdate();
                }
            }
            return null;
        });
        db.checkpoint();
    }

    @Override
    public List<SourceFileRecord> files(String datasetId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT name, size, sha256 FROM dataset_files WHERE dataset_id = ? ORDER BY name")) {
                p.setString(1, datasetId);
                List<SourceFileRecord> files = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        files.add(new SourceFileRecord(rs.getString(1), rs.getLong(2), rs.getString(3)));
                    }
                }
                return files;
            }
        });
    }
}
