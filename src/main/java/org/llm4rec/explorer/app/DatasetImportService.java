package org.llm4rec.explorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.llm4rec.explorer.app.port.DatasetStore;
import org.llm4rec.explorer.dataset.imports.ColumnMapping;
import org.llm4rec.explorer.dataset.imports.DatasetFormat;
import org.llm4rec.explorer.dataset.imports.DatasetImporter;
import org.llm4rec.explorer.dataset.imports.DatasetSource;
import org.llm4rec.explorer.dataset.imports.Formats;
import org.llm4rec.explorer.dataset.imports.ImportException;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.dataset.imports.ImportReport;
import org.llm4rec.explorer.dataset.imports.MappedFile;

/** Imports a dataset from a folder, zip or file into the store, whole or not at all. */
public final class DatasetImportService {
    private final DatasetStore store;

    public DatasetImportService(DatasetStore store) {
        this.store = store;
    }

    /** An imported dataset: its id in the store, its name, and what the import did. */
    public record Imported(String datasetId, String name, ImportReport report) {
    }

    /**
     * Detects the layout and imports it under the name (the file or folder name when blank). A dataset of the
     * same name is replaced, keeping its profiles.
     *
     * @throws ImportException with a message for people when the files cannot be imported, or
     *                         {@link org.llm4rec.explorer.dataset.imports.ImportCancelledException} when cancelled
     */
    public Imported importPath(Path path, String name, ImportListener listener, BooleanSupplier cancelled) {
        return importAs(path, name, listener, cancelled, Formats::detect);
    }

    /**
     * Imports a file of any layout through a column mapping, under the name (the file's name when blank), with
     * the same streaming, progress, cancellation and single transaction as a detected layout.
     */
    public Imported importMapped(ColumnMapping mapping, String name, ImportListener listener,
                                 BooleanSupplier cancelled) {
        return importAs(mapping.interactions().file(), name, listener, cancelled, source -> new MappedFile(mapping));
    }

    private Imported importAs(Path path, String name, ImportListener listener, BooleanSupplier cancelled,
                              Function<DatasetSource, DatasetFormat> formatOf) {
        String datasetName = name == null || name.isBlank() ? defaultName(path) : name.strip();
        String id = idFor(datasetName);
        try (DatasetSource source = DatasetSource.open(path)) {
            DatasetFormat format = formatOf.apply(source);
            ImportReport report = store.store(id, datasetName, path.toAbsolutePath().toString(),
                    sink -> DatasetImporter.run(source, format, sink, listener, cancelled));
            return new Imported(id, datasetName, report);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + path + ": " + ImportException.reason(e), e);
        }
    }

    /** "ml-100k.zip" → "ml-100k"; "Books_5.json.gz" → "Books_5". */
    public static String defaultName(Path path) {
        Path file = path.toAbsolutePath().normalize().getFileName();
        String name = file == null ? "dataset" : file.toString();
        for (String suffix : List.of(".gz", ".zip", ".jsonl", ".json", ".csv", ".tsv", ".txt", ".inter")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return name.isBlank() ? "dataset" : name;
    }

    /**
     * A stable id from a name: lower case ASCII letters, digits and dashes. Never the built-in sample's id, which
     * the app reinstalls at start and would otherwise overwrite.
     */
    public static String idFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return id.isEmpty() ? "dataset" : id.equals(SampleData.DATASET_ID) ? id + "-imported" : id;
    }
}
