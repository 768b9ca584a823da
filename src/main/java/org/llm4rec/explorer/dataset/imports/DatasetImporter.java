package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Reads a dataset in any known layout into a sink, with progress, cancellation and a report. */
public final class DatasetImporter {

    private DatasetImporter() {
    }

    /**
     * @param cancelled polled while reading; when it turns true the import stops with
     *                  {@link ImportCancelledException}
     * @throws ImportException when the layout is unknown, a required file or column is missing, a file cannot be
     *                         read, or no item could be read
     */
    public static ImportReport run(DatasetSource source, DatasetFormat format, DatasetSink sink,
                                   ImportListener listener, BooleanSupplier cancelled) {
        List<SourceFile> files = format.files(source);
        long total = files.stream().mapToLong(SourceFile::size).sum();
        ImportSession session = new ImportSession(sink, listener, cancelled, total);
        try {
            format.read(source, session);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException("Reading " + session.reading().orElse(source.path().toString()) + " failed: "
                    + ImportException.reason(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e), e);
        }
        ImportReport report = session.finish(format.name(), format.itemKind());
        if (report.items() == 0) {
            throw new ImportException("No item could be read from " + source.path() + " as " + format.name()
                    + (report.problems().isEmpty() ? "." : "; the first problem: " + report.problems().get(0)));
        }
        return report;
    }
}
