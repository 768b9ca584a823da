package org.llm4rec.explorer.ui.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.EndpointSetting;
import org.llm4rec.explorer.app.port.ModelAdmin;
import org.llm4rec.explorer.app.server.ServerConnection;
import org.llm4rec.explorer.domain.llm.LlmException;
import org.llm4rec.explorer.domain.llm.LoadedModel;
import org.llm4rec.explorer.domain.llm.ModelDetails;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.llm.PullProgress;
import org.llm4rec.explorer.ui.MessageProperty;
import org.llm4rec.explorer.ui.task.BackgroundTask;
import org.llm4rec.explorer.ui.task.TaskList;

/**
 * The models window: what a server has installed and loaded, and pulling a model with progress per layer.
 */
public final class ModelsViewModel {
    private final ServerConnection servers;
    private final Background background;
    private final Runnable onModelsChanged;

    private final ObservableList<String> serverUrls = FXCollections.observableArrayList();
    private final StringProperty server = new SimpleStringProperty();
    private final ObservableList<ModelRow> installed = FXCollections.observableArrayList();
    private final ObservableList<LoadedModel> loaded = FXCollections.observableArrayList();
    private final StringProperty listMessage = new MessageProperty();
    private final BooleanProperty refreshing = new SimpleBooleanProperty();

    private final StringProperty pullName = new SimpleStringProperty("");
    private final StringProperty pullStatus = new MessageProperty();
    private final BooleanProperty pullFailed = new SimpleBooleanProperty();
    private final ObservableList<LayerProgress> layers = FXCollections.observableArrayList();
    private final BackgroundTask pullTask;
    private Runnable onShow = () -> { };

    /**
     * @param onModelsChanged runs on the UI thread after a pull installed a model (the model picker lists again)
     */
    public ModelsViewModel(ServerConnection servers, TaskList tasks, Runnable onModelsChanged) {
        this.servers = servers;
        this.background = tasks.background();
        this.onModelsChanged = onModelsChanged;
        this.pullTask = tasks.create();
        pullTask.messageProperty().bind(pullStatus);
    }

    /** Called when something asks for the window to be shown (a failed run offering a pull). */
    public void setOnShow(Runnable onShow) {
        this.onShow = onShow;
    }

    /** Lists the servers from the settings in use and everything about the chosen one's models. */
    public void refresh() {
        List<String> urls = servers.settings().endpoints().stream().map(EndpointSetting::url).toList();
        if (!serverUrls.equals(urls)) {
            serverUrls.setAll(urls);
        }
        if (server.get() == null || !urls.contains(server.get())) {
            server.set(urls.get(0));
        }
        ModelAdmin admin = servers.admin(server.get());
        refreshing.set(true);
        listMessage.set("Asking " + admin.url() + "…");
        background.run("list models", () -> inventory(admin), this::showInventory, failure -> {
            refreshing.set(false);
            installed.clear();
            loaded.clear();
            listMessage.set(failure.getMessage());
        });
    }

    private record Inventory(List<ModelRow> rows, List<LoadedModel> loaded, String url) {
    }

    /** /api/show per model, so that a model that cannot be shown still lists without its details. */
    private static Inventory inventory(ModelAdmin admin) throws LlmException {
        List<ModelRow> rows = new ArrayList<>();
        for (ModelInfo info : admin.models()) {
            ModelDetails details;
            try {
                details = admin.details(info.name());
            } catch (LlmException e) {
                details = null;
            }
            rows.add(new ModelRow(info, details));
        }
        return new Inventory(rows, admin.loaded(), admin.url());
    }

    private void showInventory(Inventory inventory) {
        refreshing.set(false);
        installed.setAll(inventory.rows());
        loaded.setAll(inventory.loaded());
        listMessage.set(inventory.rows().isEmpty()
                ? "No models installed on " + inventory.url() + ". Pull one below, e.g. llama3.2:3b."
                : inventory.rows().size() + " model(s) installed on " + inventory.url() + ", "
                + inventory.loaded().size() + " loaded in memory.");
    }

    /** Shows the window and pulls the model: the remedy offered when a run names a model that is not installed. */
    public void offerPull(String model) {
        onShow.run();
        pullName.set(model);
        pull();
    }

    public void pull() {
        String name = pullName.get() == null ? "" : pullName.get().strip();
        if (name.isEmpty()) {
            showPull("Enter a model name to pull, e.g. llama3.2:3b.", true);
            return;
        }
        if (pullTask.runningProperty().get()) {
            return;
        }
        if (server.get() == null) {
            refresh();
        }
        ModelAdmin admin = servers.admin(server.get());
        layers.clear();
        pullTask.progressProperty().set(BackgroundTask.INDETERMINATE);
        showPull("Pulling " + name + " to " + admin.url() + "…", false);
        pullTask.run("Pull " + name, run -> {
            admin.pull(name, progress -> run.onUi(() -> onProgress(progress)), run.cancellation());
            return name;
        }, done -> {
            pullTask.progressProperty().set(1);
            showPull(done + " is installed.", false);
            refresh();
            onModelsChanged.run();
        }, failure -> showPull(failure.getMessage(), true));
    }

    public void cancelPull() {
        pullTask.cancel();
    }

    private void onProgress(PullProgress progress) {
        if (progress.digest() != null) {
            LayerProgress layer = new LayerProgress(progress.digest(), progress.completed(), progress.total());
            int at = indexOf(progress.digest());
            if (at < 0) {
                layers.add(layer);
            } else {
                layers.set(at, layer);
            }
            long done = layers.stream().mapToLong(LayerProgress::completed).sum();
            long total = layers.stream().mapToLong(LayerProgress::total).sum();
            pullTask.progressProperty().set(total > 0 ? (double) done / total : -1);
            pullStatus.set(String.format(Locale.ROOT, "%s: %s of %s", progress.status(), size(done), size(total)));
        } else {
            pullStatus.set(progress.status());
        }
    }

    private int indexOf(String digest) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).digest().equals(digest)) {
                return i;
            }
        }
        return -1;
    }

    private void showPull(String text, boolean failed) {
        pullStatus.set(text);
        pullFailed.set(failed);
    }

    /** "2.0 GB", "350 MB": sizes as Ollama's own CLI shows them. */
    public static String size(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        if (bytes >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
        }
        if (bytes >= 1_000L) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1e3);
        }
        return bytes + " B";
    }

    public ObservableList<String> serverUrls() {
        return serverUrls;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public ObservableList<ModelRow> installed() {
        return installed;
    }

    public ObservableList<LoadedModel> loaded() {
        return loaded;
    }

    public StringProperty listMessageProperty() {
        return listMessage;
    }

    public BooleanProperty refreshingProperty() {
        return refreshing;
    }

    public StringProperty pullNameProperty() {
        return pullName;
    }

    public ReadOnlyBooleanProperty pullingProperty() {
        return pullTask.runningProperty();
    }

    public StringProperty pullStatusProperty() {
        return pullStatus;
    }

    public BooleanProperty pullFailedProperty() {
        return pullFailed;
    }

    public ReadOnlyDoubleProperty pullTotalProperty() {
        return pullTask.progressProperty();
    }

    public ObservableList<LayerProgress> layers() {
        return layers;
    }
}
