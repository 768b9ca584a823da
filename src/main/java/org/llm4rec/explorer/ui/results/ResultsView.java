package org.llm4rec.explorer.ui.results;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.llm4rec.explorer.app.port.SavedComparison;
import org.llm4rec.explorer.ui.Scrolling;

/**
 * The comparison: a tool bar (add a column, Run all with its limit, save and open with results, column sets),
 * then the columns side by side, scrolling sideways when there are more than fit; the placeholder until there is a column.
 */
public final class ResultsView extends BorderPane {
    private FileActions fileActions = new FileActions(() -> { }, () -> { });
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
                    List<Node> removed = columns.getChildren().subList(change.getFrom(),
                            change.getFrom() + change.getRemovedSize());
                    removed.forEach(view -> ((RunColumnView) view).dispose());
                    removed.clear();
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
                // After the other listeners of this change (the placeholder's, the tool bar's) have run.
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

    /**
     * Saving and opening comparison files, with their results.
     *
     * @param save asks for a file and saves the comparison with its results
     * @param open asks for a comparison file and shows its results
     */
    public record FileActions(Runnable save, Runnable open) {
    }

    private Node toolbar(ResultsViewModel model) {
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

        Button save = new Button("Save…");
        save.setId("saveResults");
        save.setTooltip(new Tooltip("Save the comparison with its results to a file, to open later (Ctrl+S)"));
        save.setOnAction(e -> fileActions.save().run());
        Button open = new Button("Open…");
        open.setId("openResults");
        open.setTooltip(new Tooltip("Open a saved comparison file: its results appear as columns"));
        open.setOnAction(e -> fileActions.open().run());
        MenuButton sets = new MenuButton("Column sets");
        sets.setId("columnSets");
        sets.setTooltip(new Tooltip("Keep just the columns' settings, without results, to run again later"));
        sets.setOnShowing(e -> model.refreshSaved());
        showColumnSets(model, sets);
        model.savedComparisons().addListener((ListChangeListener<SavedComparison>) c -> showColumnSets(model, sets));
        model.columns().addListener((ListChangeListener<RunColumnViewModel>) c -> showColumnSets(model, sets));

        Label message = new Label();
        message.setId("comparisonMessage");
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        // Larger text widens the buttons rather than cutting their words short.
        for (Control control : new Control[] {add, runAll, atOnce, save, open, sets}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox run = new HBox(6, add, runAll, limit, atOnce);
        run.setAlignment(Pos.CENTER_LEFT);
        HBox keep = new HBox(6, save, open, sets);
        keep.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(18, 6, run, keep, message);
        bar.setPadding(new Insets(8, 12, 0, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("comparison-bar");
        return bar;
    }

    /** "Save these columns as a set…", then one item per saved set, which replaces the columns when chosen. */
    private void showColumnSets(ResultsViewModel model, MenuButton sets) {
        MenuItem saveSet = new MenuItem("Save these columns as a set (without results)…");
        saveSet.setId("saveColumnSet");
        saveSet.setDisable(model.columns().isEmpty());
        saveSet.setOnAction(e -> askName().ifPresent(model::saveComparison));
        sets.getItems().setAll(saveSet);
        if (!model.savedComparisons().isEmpty()) {
            sets.getItems().add(new SeparatorMenuItem());
        }
        for (SavedComparison saved : model.savedComparisons()) {
            MenuItem load = new MenuItem("Load \u201c" + saved.name() + "\u201d (" + saved.columns().size()
                    + " columns, not run yet)");
            load.getStyleClass().add("load-column-set");
            load.setOnAction(e -> {
                if (!model.unsavedResultsProperty().get() || confirmReplace(saved)) {
                    model.load(saved);
                }
            });
            sets.getItems().add(load);
        }
    }

    private Optional<String> askName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("Save column set");
        dialog.setHeaderText("Keep these columns' settings under a name (their results are not kept)");
        dialog.setContentText("Name:");
        dialog.getEditor().setId("columnSetName");
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    /** Loading a column set replaces the columns: results not saved to a file would be lost. */
    private boolean confirmReplace(SavedComparison saved) {
        ButtonType replace = new ButtonType("Replace them", ButtonBar.ButtonData.OK_DONE);
        ButtonType saveFirst = new ButtonType("Save first…", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The columns hold results that are not saved to a"
                + " file. Loading \u201c" + saved.name() + "\u201d replaces them with " + saved.columns().size()
                + " columns not run yet.", saveFirst, ButtonType.CANCEL, replace);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle("Replace unsaved results?");
        alert.setHeaderText("Replace unsaved results?");
        alert.getDialogPane().setId("replaceResults");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(saveFirst::equals).isPresent()) {
            fileActions.save().run();
            return false;
        }
        return answer.filter(replace::equals).isPresent();
    }

    /** Gives the toolbar's Save… and Open… their file choosers. */
    public void useFiles(FileActions actions) {
        this.fileActions = actions;
    }
}
