package org.llm4rec.explorer.ui.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.app.port.Interaction;
import org.llm4rec.explorer.app.port.ItemActivity;
import org.llm4rec.explorer.domain.Item;

/** The catalogue as a table (search as you type, sortable columns) with the selected item's details. */
final class CataloguePane extends BorderPane {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Held for as long as the pane lives: bidirectional bindings reference their properties weakly, so a view
     * model reachable only through them could be collected and the search box would silently stop searching.
     */
    private final BrowserViewModel model;

    CataloguePane(BrowserViewModel model) {
        this.model = model;
        TextField search = new TextField();
        search.setId("browserSearch");
        search.setPromptText("Search title, creators, categories… (empty: most popular first)");
        search.textProperty().bindBidirectional(model.queryProperty());

        TableView<Item> table = new TableView<>(model.items());
        table.setId("catalogueTable");
        table.getColumns().add(column("Id", 80, Item::id));
        table.getColumns().add(column("Title", 320, Item::title));
        TableColumn<Item, String> creators = column("Creators", 180, Item::creators);
        table.getColumns().add(creators);
        table.getColumns().add(column("Year", 60, Item::year));
        table.getColumns().add(column("Categories", 220, Item::categories));
        table.getColumns().add(column("Interactions", 100, Item::popularity));
        table.setPlaceholder(new javafx.scene.control.Label("No items match."));
        // Datasets without creators (MovieLens lists no directors) would show an empty column.
        Runnable showCreators = () -> creators.setVisible(model.items().isEmpty()
                || model.items().stream().anyMatch(item -> !item.creators().isBlank()));
        model.items().addListener((ListChangeListener<Item>) change -> showCreators.run());
        showCreators.run();
        model.selectedItemProperty().bind(table.getSelectionModel().selectedItemProperty());

        TextArea detail = new TextArea();
        detail.setId("itemDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPromptText("Select an item to see all its fields, its popularity, mean rating and who interacted.");
        model.activityProperty().addListener((o, old, activity) ->
                detail.setText(describe(model.selectedItemProperty().get(), activity)));
        model.selectedItemProperty().addListener((o, old, item) -> detail.setText(describe(item, null)));

        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.68);
        VBox top = new VBox(search);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(split);
    }

    private static <T> TableColumn<Item, T> column(String name, double width,
                                                   java.util.function.Function<Item, T> value) {
        TableColumn<Item, T> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A JSON object of extra fields as "  name: value" lines; text that is not such an object as it is. */
    static String otherFields(String json) {
        JsonNode fields;
        try {
            fields = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return "  " + json + "\n";
        }
        if (fields == null || !fields.isObject()) {
            return "  " + json + "\n";
        }
        StringBuilder text = new StringBuilder();
        fields.fields().forEachRemaining(field -> text.append("  ").append(field.getKey()).append(": ")
                .append(field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString())
                .append('\n'));
        return text.toString();
    }

    static String describe(Item item, ItemActivity activity) {
        if (item == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append(item.title()).append("\n\n")
                .append("Id: ").append(item.id()).append('\n')
                .append("Creators: ").append(item.creators().isEmpty() ? "—" : item.creators()).append('\n')
                .append("Year: ").append(item.year() == null ? "—" : item.year()).append('\n')
                .append("Categories: ").append(item.categories().isEmpty() ? "—" : item.categories()).append('\n')
                .append("Interactions: ").append(String.format("%,d", item.popularity())).append('\n');
        if (activity == null) {
            return text.append("\nLoading who interacted…").toString();
        }
        text.append("Mean rating: ").append(activity.meanRating() == null ? "—"
                : String.format("%.2f", activity.meanRating())).append('\n');
        if (!"{}".equals(activity.details())) {
            text.append("Other fields:\n").append(otherFields(activity.details()));
        }
        if (!activity.recent().isEmpty()) {
            text.append("\nLatest interactions:\n");
            for (Interaction i : activity.recent()) {
                text.append("  user ").append(i.userId())
                        .append(i.rating() == null ? "" : " rated " + i.rating())
                        .append(i.time() == null ? "" : " on " + i.time().toString().substring(0, 10)).append('\n');
            }
        }
        return text.toString();
    }
}
