package org.llm4rec.explorer.ui.data;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.download.DatasetDownloader;
import org.llm4rec.explorer.app.download.DownloadCancelledException;
import org.llm4rec.explorer.app.download.DownloadProgress;
import org.llm4rec.explorer.app.download.DownloadableDataset;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * Fetching a dataset whose licence forbids passing it on: the user picks one, reads its licence and ticks that
 * they accept it; only then can it be downloaded (with progress and Cancel), checked, and imported. What an
 * unfinished download kept is continued by the next one, or discarded with Start over.
 */
public final class DownloadViewModel {
    private final DatasetDownloader downloader;
    private final Background background;
    private final ImportViewModel imports;
    private final ObservableList<DownloadableDataset> datasets;
    private final ObjectProperty<DownloadableDataset> selected = new SimpleObjectProperty<>();
    private final BooleanProperty accepted = new SimpleBooleanProperty();
    private final BackgroundTask task;
    private final StringProperty message = new MessageProperty();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty partKept = new SimpleBooleanProperty();
    private final BooleanBinding canDownload;
    private java.nio.file.Path downloaded;

    public DownloadViewModel(DatasetDownloader downloader, DatasetImportService importer, TaskList tasks,
                             Consumer<String> onImported, java.util.List<DownloadableDataset> offered) {
        this.downloader = downloader;
        this.background = tasks.background();
        this.task = tasks.create();
        this.imports = new ImportViewModel(importer, tasks, onImported);
        this.datasets = FXCollections.observableArrayList(offered);
        // Accepting one licence is not accepting another's.
        selected.addListener((o, old, now) -> {
            accepted.set(false);
            message.set("");
            imports.outcomeProperty().set(null);
            failed.set(false);
            showKept(now);
        });
        // The import's own outcome follows; the message says only where the file is kept.
        imports.outcomeProperty().addListener((o, old, outcome) -> {
            if (outcome != null && downloaded != null) {
                message.set("Downloaded and checked; kept at " + downloaded + ".");
            }
        });
        canDownload = selected.isNotNull().and(accepted).and(task.runningProperty().not())
                .and(imports.runningProperty().not());
        if (!offered.isEmpty()) {
            selected.set(offered.get(0));
        }
    }

    /** Says how much an earlier download of the dataset kept, which the next one continues. */
    private void showKept(DownloadableDataset dataset) {
        partKept.set(false);
        if (dataset == null) {
            return;
        }
        background.run("look for a kept download of " + dataset.fileName(), () -> downloader.kept(dataset), kept -> {
            if (dataset.equals(selected.get()) && !task.runningProperty().get()) {
                partKept.set(kept.isPresent());
                kept.ifPresent(p -> {
                    if (message.get().isEmpty()) {
                        message.set(String.format("%.1f of %.1f MB of an earlier download are kept: Download and"
                                + " import continues from there, Start over discards them.", p.bytes() / 1e6,
                                p.total() / 1e6));
                    }
                });
            }
        }, error -> partKept.set(false));
    }

    /** Discards what an earlier download of the selected dataset kept, so that the next one starts afresh. */
    public void startOver() {
        DownloadableDataset dataset = selected.get();
        if (dataset == null || task.runningProperty().get()) {
            return;
        }
        background.run("discard the kept download of " + dataset.fileName(), () -> {
            downloader.discardKept(dataset);
            return dataset;
        }, discarded -> {
            partKept.set(false);
            failed.set(false);
            message.set("The kept part was deleted; Download and import starts from the beginning.");
        }, error -> message.set(error.getMessage()));
    }

    /** Downloads the selected dataset, when its licence is accepted, then imports it. */
    public void download() {
        DownloadableDataset dataset = selected.get();
        if (dataset == null || !canDownload.get()) {
            return;
        }
        failed.set(false);
        task.progressProperty().set(BackgroundTask.INDETERMINATE);
        task.messageProperty().set("Connecting to " + downloader.urlOf(dataset).getHost() + "…");
        message.set("");
        partKept.set(false);
        boolean licenceAccepted = accepted.get();
        task.run("Download " + dataset.fileName(), run -> downloader.download(dataset, licenceAccepted,
                p -> run.onUi(() -> show(p)), run::isCancelled), zip -> {
            downloaded = zip;
            message.set("Downloaded and checked " + zip + ". Importing…");
            imports.start(zip);
        }, error -> {
            failed.set(!(error instanceof DownloadCancelledException));
            message.set(error.getMessage());
            showKept(dataset);
        });
    }

    private void show(DownloadProgress p) {
        if (p.resumed() && message.get().isEmpty()) {
            message.set(p.describeResume() + ".");
        }
        task.progressProperty().set(p.fraction());
        task.messageProperty().set(p.describe());
    }

    public void cancel() {
        task.cancel();
        imports.cancel();
    }

    public String url(DownloadableDataset dataset) {
        return downloader.urlOf(dataset).toString();
    }

    public ObservableList<DownloadableDataset> datasets() {
        return datasets;
    }

    public ObjectProperty<DownloadableDataset> selectedProperty() {
        return selected;
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    public BooleanBinding canDownload() {
        return canDownload;
    }

    public ReadOnlyBooleanProperty downloadingProperty() {
        return task.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return task.messageProperty();
    }

    /** What happened last: a failure (what, URL, what to do), a cancel, or the download done. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Whether an earlier download of the selected dataset kept a part the next one continues. */
    public BooleanProperty partKeptProperty() {
        return partKept;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public ImportViewModel imports() {
        return imports;
    }
}
