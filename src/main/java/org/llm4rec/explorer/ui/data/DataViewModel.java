package org.llm4rec.explorer.ui.data;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.DatasetImportService;
import org.llm4rec.explorer.app.download.DownloadableDataset;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.DatasetStore;
import org.llm4rec.explorer.app.port.InteractionRepository;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.TaskList;

/** The Data step: which dataset, what it holds, and a catalogue search. */
public final class DataViewModel {
    private static final int SEARCH_LIMIT = 50;

    private final CatalogueRepository catalogue;
    private final Background background;
    private final Runnable installSampleData;
    private final DatasetStore store;
    private final InteractionRepository interactions;
    private final TaskList tasks;
    private final ImportViewModel imports;
    private final DatasetImportService importer;
    private final DatasetTools tools;
    private final ObservableList<Dataset> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<Dataset> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new MessageProperty("Loading the sample catalogue…");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Item> searchResults = FXCollections.observableArrayList();
    private final AtomicLong searchGeneration = new AtomicLong();
    private String preferredId;

    public DataViewModel(CatalogueRepository catalogue, TaskList tasks, Runnable installSampleData,
                         DatasetImportService importer, DatasetStore store, InteractionRepository interactions,
                         DatasetTools tools) {
        this.catalogue = catalogue;
        this.tasks = tasks;
        this.background = tasks.background();
        this.installSampleData = installSampleData;
        this.store = store;
        this.interactions = interactions;
        this.imports = new ImportViewModel(importer, tasks, this::reload);
        this.importer = importer;
        this.tools = tools;
        selected.addListener((obs, old, dataset) -> {
            summary.set(dataset == null ? "No dataset" : describe(dataset));
            search(query.get());
        });
        query.addListener((obs, old, text) -> search(text));
    }

    /** The dataset to select when the list first loads, such as the one used last time; null for the first. */
    public void preferDataset(String datasetId) {
        this.preferredId = datasetId;
    }

    /** Installs the sample data when missing, then lists the datasets and selects the first. */
    public void load() {
        loading.set(true);
        background.run("load datasets", () -> {
            installSampleData.run();
            return catalogue.datasets();
        }, this::showDatasets, error -> {
            loading.set(false);
            summary.set("Could not load the datasets: " + error.getMessage());
        });
    }

    /** Lists the datasets again and selects the one with this id. */
    public void reload(String selectId) {
        background.run("list datasets", catalogue::datasets, found -> {
            datasets.setAll(found);
            selected.set(found.stream().filter(d -> d.id().equals(selectId)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0)));
            if (found.isEmpty()) {
                summary.set("No dataset is loaded.");
            }
        }, error -> summary.set("Could not list the datasets: " + error.getMessage()));
    }

    /** Renames the selected dataset. */
    public void rename(String name) {
        Dataset dataset = selected.get();
        if (dataset == null || name == null || name.isBlank()) {
            return;
        }
        background.run("rename dataset", () -> {
            store.rename(dataset.id(), name);
            return dataset.id();
        }, this::reload, error -> summary.set("Could not rename: " + error.getMessage()));
    }

    /** Deletes the selected dataset with everything it holds. */
    public void deleteSelected() {
        Dataset dataset = selected.get();
        if (dataset == null) {
            return;
        }
        summary.set("Deleting " + dataset.name() + "…");
        background.run("delete dataset", () -> {
            store.delete(dataset.id());
            return "";
        }, this::reload, error -> summary.set("Could not delete: " + error.getMessage()));
    }

    /** A fresh overview and catalogue browser for the selected dataset, or null when none is selected. */
    public BrowserViewModel browser() {
        Dataset dataset = selected.get();
        return dataset == null ? null : new BrowserViewModel(dataset, catalogue, interactions, background);
    }

    /** A column-mapping import of a file of any layout; the file is read in the background. */
    public ColumnMappingViewModel mapping(Path file) {
        ColumnMappingViewModel mapping = new ColumnMappingViewModel(importer, tools.mappings(), tasks,
                this::reload);
        mapping.open(file);
        return mapping;
    }

    /** The datasets that can be downloaded from their publishers once their licence is accepted. */
    public DownloadViewModel downloads() {
        return new DownloadViewModel(tools.downloader(), importer, tasks, this::reload,
                DownloadableDataset.movieLens());
    }

    public ImportViewModel imports() {
        return imports;
    }

    private void showDatasets(List<Dataset> found) {
        loading.set(false);
        datasets.setAll(found);
        if (!found.isEmpty() && (selected.get() == null || !found.contains(selected.get()))) {
            selected.set(found.stream().filter(d -> d.id().equals(preferredId)).findFirst().orElse(found.get(0)));
        } else if (found.isEmpty()) {
            summary.set("No dataset is loaded.");
        }
    }

    private void search(String text) {
        Dataset dataset = selected.get();
        long generation = searchGeneration.incrementAndGet();
        if (dataset == null || text == null || text.isBlank()) {
            searchResults.clear();
            return;
        }
        background.run("catalogue search", () -> catalogue.search(dataset.id(), text, SEARCH_LIMIT), items -> {
            // Answers can arrive out of order while the user types; only the newest query's may show.
            if (generation == searchGeneration.get()) {
                searchResults.setAll(items);
            }
        }, error -> searchResults.clear());
    }

    static String describe(Dataset dataset) {
        return String.format("%,d %ss · version %s", dataset.itemCount(), dataset.itemKind(),
                dataset.version().length() > 12 ? dataset.version().substring(0, 12) : dataset.version());
    }

    public ObservableList<Dataset> datasets() {
        return datasets;
    }

    public ObjectProperty<Dataset> selectedProperty() {
        return selected;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Item> searchResults() {
        return searchResults;
    }
}
