package org.llm4rec.explorer.dataset.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.llm4rec.explorer.domain.Item;

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

    /**
     * Reads goodbooks-10k's {@code books.csv} alone into catalogue items, as an import of goodbooks-10k reads it:
     * for the sample catalogue that ships with the app. The file has to be whole, so the first row that cannot be
     * read is an {@link ImportException} naming its file and line.
     */
    public static Catalogue goodbooksCatalogue(SourceFile books) {
        CatalogueSink catalogue = new CatalogueSink();
        ImportSession session = new ImportSession(catalogue, ImportListener.NONE, () -> false, books.size());
        try {
            Goodbooks.readBooks(books, Map.of(), session);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException("Reading " + books.path() + " failed: " + e.getMessage(), e);
        }
        ImportReport report = session.finish("goodbooks-10k", "book");
        if (report.skipped() > 0) {
            throw new ImportException("The catalogue " + books.path() + " has rows that cannot be read; the first: "
                    + report.problems().get(0));
        }
        return new Catalogue(List.copyOf(catalogue.items), Map.copyOf(catalogue.otherTitles));
    }

    /**
     * A catalogue read on its own.
     *
     * @param items       the items in file order
     * @param otherTitles by item id, the other titles the file gives (goodbooks' original_title), for grounding
     */
    public record Catalogue(List<Item> items, Map<String, List<String>> otherTitles) {
    }

    /** Keeps the items of a file that holds nothing else. */
    private static final class CatalogueSink implements DatasetSink {
        private final List<Item> items = new ArrayList<>();
        private final Map<String, List<String>> otherTitles = new HashMap<>();

        @Override
        public void item(int key, Item item, String details) {
            items.add(item);
            List<String> others = ItemDetails.otherTitles(details);
            if (!others.isEmpty()) {
                otherTitles.put(item.id(), others);
            }
        }

        @Override
        public void user(int key, String userId, String attributes) {
            throw new IllegalStateException("A catalogue has no users");
        }

        @Override
        public void interaction(int userKey, int itemKey, double rating, long timestamp, long position,
                                String review) {
            throw new IllegalStateException("A catalogue has no interactions");
        }

        @Override
        public void withdraw(int userKey, long position) {
            throw new IllegalStateException("A catalogue has no interactions");
        }

        @Override
        public void finish(ItemTallies tallies) {
        }
    }
}
