package org.llm4rec.explorer.ui.data;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.dataset.imports.ColumnMapping;
import org.llm4rec.explorer.dataset.imports.ImportCancelledException;
import org.llm4rec.explorer.dataset.imports.ImportListener;
import org.llm4rec.explorer.dataset.imports.ImportProgress;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/** A dataset import in the background: progress (bytes, rows, file, rows/s), Cancel, and its outcome. */
public final class ImportViewModel {
    private final DatasetImportService service;
    private final BackgroundTask task;
    private final Consumer<String> onImported;
    /** The last outcome for the summary dialog: a title and the text; null until an import ends. */
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();

    /** How an import ended, for people. */
    public record Outcome(boolean success, String title, String text) {
    }

    /** @param onImported told the new dataset's id after a successful import */
    public ImportViewModel(DatasetImportService service, TaskList tasks, Consumer<String> onImported) {
        this.service = service;
        this.task = tasks.create();
        this.onImported = onImported;
        task.onCancel(() -> task.messageProperty().set("Cancelling…"));
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
        if (task.runningProperty().get()) {
            return;
        }
        outcome.set(null);
        task.progressProperty().set(0);
        task.messageProperty().set("Opening " + label + "…");
        task.run("Import " + label, run -> work.apply(new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                run.onUi(() -> show(p));
            }

            @Override
            public void saving(long rows) {
                run.onUi(() -> showSaving(rows));
            }
        }, run::isCancelled), imported -> {
            onImported.accept(imported.datasetId());
            outcome.set(new Outcome(true, "Imported " + imported.name(), imported.report().summary(100)));
        }, error -> outcome.set(error instanceof ImportCancelledException
                ? new Outcome(false, "Import cancelled", error.getMessage())
                : new Outcome(false, "Import failed", error.getMessage())));
    }

    private void show(ImportProgress p) {
        task.progressProperty().set(p.fraction());
        task.messageProperty().set(describe(p));
    }

    private void showSaving(long rows) {
        task.cancellableProperty().set(false);
        task.progressProperty().set(BackgroundTask.INDETERMINATE);
        task.messageProperty().set(String.format("Saving %,d rows to the store… (this last step cannot be cancelled)",
                rows));
    }

    static String describe(ImportProgress p) {
        return String.format("%s · %.1f of %.1f MB · %,d rows · %,.0f rows/s", p.file(), p.bytesRead() / 1e6,
                p.totalBytes() / 1e6, p.rows(), p.rowsPerSecond());
    }

    public void cancel() {
        task.cancel();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    /** False once every row is read and only saving remains. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return task.cancellableProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return task.messageProperty();
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }
}
