package org.llm4rec.explorer.app.port;

import java.util.List;
import java.util.function.Function;
import org.llm4rec.explorer.dataset.imports.DatasetSink;
import org.llm4rec.explorer.dataset.imports.ImportReport;
import org.llm4rec.explorer.dataset.imports.SourceFileRecord;

/** Imported datasets as a whole: stored in one piece, renamed, deleted. */
public interface DatasetStore {

    /**
     * Creates the dataset, or replaces the items, users and interactions of the one with this id (its profiles
     * stay), in one transaction. The work streams rows into the sink and returns its report; when it throws
     * (bad input, cancelled), the store is left exactly as it was.
     *
     * @param source where the files came from, for the record
     */
    ImportReport store(String datasetId, String name, String source, Function<DatasetSink, ImportReport> work);

    void rename(String datasetId, String name);

    /** Deletes the dataset with its items, users, interactions and profiles. */
    void delete(String datasetId);

    /** The files the dataset was imported from; empty for the built-in sample. */
    List<SourceFileRecord> files(String datasetId);
}
