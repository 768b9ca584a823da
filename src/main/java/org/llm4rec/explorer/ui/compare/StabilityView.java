package org.llm4rec.explorer.ui.compare;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.compare.Stability;

/**
 * Stability over repeats: a heat strip with one row per item and one cell per repeat (filled, with the rank,
 * where the item reached the top k), its frequency, and the chosen item's explanations grouped with counts.
 */
public final class StabilityView extends BorderPane {
    private static final double CELL = 26;
    private final StabilityViewModel model;
    private final GridPane strip = new GridPane();

    public StabilityView(StabilityViewModel model) {
        this.model = model;
        getStyleClass().add("stability-view");
        setPrefSize(1000, 640);
        Label title = new Label(model.name());
        title.getStyleClass().add("compare-heading");
        Label seeds = new Label(model.repeatCount() + " repeats, seeds " + String.join(", ", model.seeds()));
        seeds.getStyleClass().add("muted");
        DepthChoice depth = new DepthChoice(model.kProperty(), "stabilityDepth");
        HBox top = new HBox(14, title, seeds, new Label("Depth k"), depth);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 12, 10, 12));
        setTop(top);

        strip.setId("heatStrip");
        strip.getStyleClass().add("heat-strip");
        strip.setHgap(3);
        strip.setVgap(3);
        model.items().addListener((ListChangeListener<Object>) c -> drawStrip());
        model.selectedProperty().addListener(o -> drawStrip());
        drawStrip();
        ScrollPane stripScroll = new ScrollPane(strip);
        stripScroll.setPadding(new Insets(10));

        ListView<Stability.ExplanationCount> explanations = new ListView<>(model.explanations());
        explanations.setId("explanationGroups");
        explanations.setPlaceholder(new Label("No explanations for this item."));
        explanations.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Stability.ExplanationCount group, boolean empty) {
                super.updateItem(group, empty);
                setText(empty || group == null ? null : "×" + group.count() + "   " + group.text());
            }
        });
        Label chosen = new Label();
        chosen.getStyleClass().add("compare-heading");
        chosen.setWrapText(true);
        chosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.selectedProperty().get() == null ? "Explanations"
                        : "Explanations of " + model.selectedProperty().get().label(), model.selectedProperty()));
        VBox right = new VBox(8, chosen, explanations);
        right.setPadding(new Insets(10));
        VBox.setVgrow(explanations, javafx.scene.layout.Priority.ALWAYS);
        SplitPane body = new SplitPane(stripScroll, right);
        body.setDividerPositions(0.6);
        setCenter(body);
    }

    private void drawStrip() {
        strip.getChildren().clear();
        int repeats = model.repeatCount();
        for (int r = 0; r < repeats; r++) {
            Label head = new Label(String.valueOf(r + 1));
            head.getStyleClass().add("matrix-head");
            head.setMinWidth(CELL);
            head.setAlignment(Pos.CENTER);
            head.setTooltip(new Tooltip("Repeat " + (r + 1) + ", seed " + model.seeds().get(r)));
            strip.add(head, r + 1, 0);
        }
        Label frequencyHead = new Label("in top " + model.kProperty().get());
        frequencyHead.getStyleClass().add("matrix-head");
        strip.add(frequencyHead, repeats + 1, 0);
        List<Stability.ItemFrequency> items = model.items();
        for (int i = 0; i < items.size(); i++) {
            Stability.ItemFrequency item = items.get(i);
            Label name = new Label(item.label());
            name.getStyleClass().add(item == model.selectedProperty().get() ? "strip-item-selected" : "strip-item");
            name.setMaxWidth(300);
            name.setOnMouseClicked(e -> model.selectedProperty().set(item));
            strip.add(name, 0, i + 1);
            for (int r = 0; r < repeats; r++) {
                strip.add(cell(item, r), r + 1, i + 1);
            }
            strip.add(frequency(item), repeats + 1, i + 1);
        }
    }

    private Node cell(Stability.ItemFrequency item, int repeat) {
        int position = item.positions().get(repeat);
        Label cell = new Label(position > 0 ? String.valueOf(position) : "");
        cell.setMinSize(CELL, CELL);
        cell.setPrefSize(CELL, CELL);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().add(position > 0 ? "strip-present" : "strip-absent");
        cell.setTooltip(new Tooltip("Repeat " + (repeat + 1) + " (seed " + model.seeds().get(repeat) + "): "
                + (position > 0 ? "rank " + position : "not in the top " + model.kProperty().get())));
        cell.setOnMouseClicked(e -> model.selectedProperty().set(item));
        return cell;
    }

    private Node frequency(Stability.ItemFrequency item) {
        Region bar = new Region();
        bar.getStyleClass().add("frequency-bar");
        bar.setMaxWidth(80 * item.fraction());
        bar.setPrefWidth(80 * item.fraction());
        bar.setMaxHeight(CELL - 8);
        Label text = new Label(String.format(Locale.ROOT, "%d/%d  %.0f%%", item.count(), model.repeatCount(),
                100 * item.fraction()));
        text.getStyleClass().add("frequency-text");
        text.setUserData(item.fraction());
        StackPane back = new StackPane(bar);
        back.setAlignment(Pos.CENTER_LEFT);
        back.setMinWidth(80);
        back.setPrefWidth(80);
        back.getStyleClass().add("frequency-back");
        HBox box = new HBox(8, back, text);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
