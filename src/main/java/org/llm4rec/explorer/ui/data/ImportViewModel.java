package org.llm4rec.explorer.ui.data;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.dataset.imports.ColumnMapping;
import org.llm4rec.explorer.dataset.imports.ImportCancelledException;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.dataset.imports.ImportProgress;

/** A dataset import in the background: progress (bytes, rows, file, rows/s), Cancel, and its outcome. */
public final class ImportViewModel {
    private final DatasetImportService service;
    private final Background background;
    private final Consumer<String> onImported;
    /** A progress bar's value for "working, amount unknown". */
    private static final double INDETERMINATE = -1;

    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    /** The last outcome for the summary dialog: a title and the text; null until an import ends. */
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private AtomicBoolean cancelled = new AtomicBoolean();

    /** How an import ended, for people. */
    public record Outcome(boolean success, String title, String text) {
    }

    /** @param onImported told the new dataset's id after a successful import */
    public ImportViewModel(DatasetImportService service, Background background, Consumer<String> onImported) {
        this.service = service;
        this.background = background;
        this.onImported = onImported;
    }

    public void start(Path path) {
        run(path.getFileName().toString(), (listener, cancel) -> service.importPath(path, null, listener, cancel));
    }

    /** Imports a file through a column mapping, under the name (the file's name when blank). */
    public void startMapped(ColumnMapping mapping, String name) {
        run(mapping.interactions().name(),
                (listener, cancel) -> service.importMapped(mapping, name, listener, cancel));
    }

    private void run(String label, BiFunction<ImportListener, BooleanSupplier, DatasetImportService.Imported> work) {
        if (running.get()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        running.set(true);
        progress.set(0);
        outcome.set(null);
        progressText.set("Opening " + label + "…");
        cancellable.set(true);
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                background.ui().execute(() -> show(p));
            }

            @Override
            public void saving(long rows) {
                background.ui().execute(() -> showSaving(rows));
            }
        };
        background.run("import " + label, () -> work.apply(listener, cancel::get),
                imported -> {
                    running.set(false);
                    onImported.accept(imported.datasetId());
                    outcome.set(new Outcome(true, "Imported " + imported.name(), imported.report().summary(100)));
                }, error -> {
                    running.set(false);
                    outcome.set(error instanceof ImportCancelledException
                            ? new Outcome(false, "Import cancelled", error.getMessage())
                            : new Outcome(false, "Import failed", error.getMessage()));
                });
    }

    private void show(ImportProgress p) {
        if (!running.get()) {
            return;
        }
        progress.set(p.fraction());
        progressText.set(describe(p));
    }

    private void showSaving(long rows) {
        if (!running.get()) {
            return;
        }
        cancellable.set(false);
        progress.set(INDETERMINATE);
        progressText.set(String.format("Saving %,d rows to the store… (this last step cannot be cancelled)", rows));
    }

    static String describe(ImportProgress p) {
        return String.format("%s · %.1f of %.1f MB · %,d rows · %,.0f rows/s", p.file(), p.bytesRead() / 1e6,
                p.totalBytes() / 1e6, p.rows(), p.rowsPerSecond());
    }

    public void cancel() {
        cancelled.set(true);
        progressText.set("Cancelling…");
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** False once every row is read and only saving remains. */
    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }
}
