package org.llm4rec.explorer.ui.results;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.llm4rec.explorer.ui.Scrolling;
import org.llm4rec.explorer.app.port.SavedComparison;

/**
 * The comparison: a tool bar (add a column, Run all with its limit, save and load), then the columns side by
 * side, scrolling sideways when there are more than fit; the placeholder until there is a column.
 */
public final class ResultsView extends BorderPane {
    private final ScrollPane scroll;
    private final Node toolbar;

    public ResultsView(ResultsViewModel model, Node placeholder) {
        this(model, placeholder, CardExtension.NONE);
    }

    public ResultsView(ResultsViewModel model, Node placeholder, CardExtension cardExtension) {
        getStyleClass().add("results");
        HBox columns = new HBox(12);
        columns.setPadding(new Insets(12));
        columns.setFillHeight(true);
        scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        // Columns share the width; past their minimum width the area scrolls sideways instead.
        scroll.setFitToWidth(true);
        scroll.setId("resultsScroll");

        model.columns().addListener((ListChangeListener<RunColumnViewModel>) change -> {
            Node added = null;
            while (change.next()) {
                if (change.wasRemoved()) {
                    columns.getChildren().remove(change.getFrom(), change.getFrom() + change.getRemovedSize());
                }
                for (int i = 0; i < change.getAddedSize(); i++) {
                    RunColumnViewModel column = change.getAddedSubList().get(i);
                    added = new RunColumnView(column, model, cardExtension);
                    columns.getChildren().add(change.getFrom() + i, added);
                }
            }
            showFocused(model, columns);
            if (added != null) {
                Node shown = added;
                // Once laid out, where the new column landed is known.
                Platform.runLater(() -> Scrolling.sideways(scroll, shown));
            }
        });
        model.focusedProperty().addListener((o, old, now) -> showFocused(model, columns));
        placeholder.visibleProperty().bind(Bindings.isEmpty(model.columns()));
        scroll.visibleProperty().bind(placeholder.visibleProperty().not());
        toolbar = toolbar(model);
        setTop(toolbar);
        setCenter(new StackPane(scroll, placeholder));
    }

    /** Gives the comparison the keyboard: its columns when there are some, else its tool bar. */
    public void focusFirst() {
        if (scroll.isVisible()) {
            scroll.requestFocus();
        } else {
            toolbar.lookup("#addColumn").requestFocus();
        }
    }

    private static void showFocused(ResultsViewModel model, HBox columns) {
        RunColumnViewModel focused = model.focusedProperty().get();
        for (int i = 0; i < columns.getChildren().size(); i++) {
            boolean shown = focused == null || model.columns().get(i) == focused;
            columns.getChildren().get(i).setVisible(shown);
            columns.getChildren().get(i).setManaged(shown);
        }
    }

    private static Node toolbar(ResultsViewModel model) {
        Button add = new Button("+ Column");
        add.setId("addColumn");
        add.setTooltip(new Tooltip("Add a column with the strategy, model and options chosen in the sidebar;"
                + " change them in the column with ✎."));
        add.setOnAction(e -> model.addColumn());
        Button runAll = new Button("Run all");
        runAll.setId("runAll");
        runAll.getStyleClass().add("accent");
        runAll.setTooltip(new Tooltip("Run every column on the chosen profile, all with one candidate set drawn"
                + " once, a few at a time"));
        runAll.disableProperty().bind(Bindings.isEmpty(model.columns()));
        runAll.setOnAction(e -> model.runAll());
        Spinner<Integer> limit = new Spinner<>(1, RunSlots.MAX_LIMIT, model.concurrencyProperty().get());
        limit.setId("concurrency");
        limit.setPrefWidth(70);
        limit.setTooltip(new Tooltip("How many columns run at once; the others wait their turn"));
        limit.valueProperty().addListener((o, old, now) -> model.concurrencyProperty().set(now));
        Label atOnce = new Label("at once");
        atOnce.getStyleClass().add("muted");

        ComboBox<SavedComparison> saved = new ComboBox<>(model.savedComparisons());
        saved.setId("savedComparisons");
        saved.setPromptText("Saved comparisons");
        saved.setOnShowing(e -> model.refreshSaved());
        Button load = new Button("Load");
        load.setId("loadComparison");
        load.disableProperty().bind(saved.valueProperty().isNull());
        load.setOnAction(e -> model.load(saved.getValue()));
        TextField name = new TextField();
        name.setId("comparisonName");
        name.setPromptText("Name");
        name.setPrefColumnCount(10);
        Button save = new Button("Save");
        save.setId("saveComparison");
        save.setTooltip(new Tooltip("Keep these columns' configurations under the name, to load later"));
        save.disableProperty().bind(Bindings.isEmpty(model.columns()).or(name.textProperty().isEmpty()));
        save.setOnAction(e -> model.saveComparison(name.getText()));

        Label message = new Label();
        message.setId("comparisonMessage");
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        // Larger text widens the buttons rather than cutting their words short.
        for (Control control : new Control[] {add, runAll, load, save,
                atOnce}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox run = new HBox(6, add, runAll, limit, atOnce);
        run.setAlignment(Pos.CENTER_LEFT);
        HBox keep = new HBox(6, saved, load, name, save);
        keep.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(18, 6, run, keep, message);
        bar.setPadding(new Insets(8, 12, 0, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("comparison-bar");
        return bar;
    }
}
