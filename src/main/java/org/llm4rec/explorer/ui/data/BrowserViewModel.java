package org.llm4rec.explorer.ui.data;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.llm4rec.explorer.app.Background;
import org.llm4rec.explorer.app.port.CatalogueRepository;
import org.llm4rec.explorer.app.port.DatasetOverview;
import org.llm4rec.explorer.app.port.InteractionRepository;
import org.llm4rec.explorer.app.port.ItemActivity;
import org.llm4rec.explorer.dataset.imports.ItemTallies;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.Item;
import org.llm4rec.explorer.ui.MessageProperty;

/** One dataset's overview (counts and distributions) and its catalogue as a searchable table with details. */
public final class BrowserViewModel {
    private static final int TABLE_LIMIT = 500;
    private static final int RECENT = ItemTallies.LATEST;

    private final Dataset dataset;
    private final CatalogueRepository catalogue;
    private final InteractionRepository interactions;
    private final Background background;
    private final ObjectProperty<DatasetOverview> overview = new SimpleObjectProperty<>();
    private final StringProperty status = new MessageProperty("Computing the overview…");
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Item> selectedItem = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemActivity> activity = new SimpleObjectProperty<>();
    private final AtomicLong generation = new AtomicLong();

    public BrowserViewModel(Dataset dataset, CatalogueRepository catalogue, InteractionRepository interactions,
                            Background background) {
        this.dataset = dataset;
        this.catalogue = catalogue;
        this.interactions = interactions;
        this.background = background;
        query.addListener((o, old, text) -> refreshItems());
        selectedItem.addListener((o, old, item) -> loadActivity(item));
    }

    /** Loads the overview and the first page of the catalogue, in the background. */
    public void load() {
        background.run("overview of " + dataset.id(), () -> interactions.overview(dataset.id()), found -> {
            overview.set(found);
            status.set("");
        }, error -> status.set("Could not compute the overview: " + error.getMessage()));
        refreshItems();
    }

    private void refreshItems() {
        long current = generation.incrementAndGet();
        String text = query.get();
        background.run("catalogue table", () -> text == null || text.isBlank()
                ? interactions.popularItems(dataset.id(), TABLE_LIMIT)
                : catalogue.search(dataset.id(), text, TABLE_LIMIT), (List<Item> found) -> {
                    if (current == generation.get()) {
                        items.setAll(found);
                    }
                }, error -> items.clear());
    }

    private void loadActivity(Item item) {
        activity.set(null);
        if (item == null) {
            return;
        }
        background.run("item activity", () -> interactions.itemActivity(dataset.id(), item.id(), RECENT), found -> {
            if (item.equals(selectedItem.get())) {
                activity.set(found);
            }
        }, error -> activity.set(null));
    }

    public Dataset dataset() {
        return dataset;
    }

    public ObjectProperty<DatasetOverview> overviewProperty() {
        return overview;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObjectProperty<Item> selectedItemProperty() {
        return selectedItem;
    }

    public ObjectProperty<ItemActivity> activityProperty() {
        return activity;
    }
}
