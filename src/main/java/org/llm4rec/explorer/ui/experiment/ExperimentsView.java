package org.llm4rec.explorer.ui.experiment;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;

/** The Experiments window's content: saved experiments on the left, definition and results in tabs, run below. */
final class ExperimentsView extends BorderPane {

    /**
     * @param afterOpeningUser brings the main window forward once a user is opened there
     */
    private final ExperimentsViewModel model;

    ExperimentsView(ExperimentsViewModel model, Runnable afterOpeningUser) {
        this.model = model;
        getStyleClass().add("experiments-view");
        setId("experimentsView");

        ListView<ExperimentDefinition> saved = new ListView<>(model.saved());
        saved.setId("savedExperiments");
        saved.setPlaceholder(new Label("No saved experiments yet."));
        saved.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ExperimentDefinition item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "\n" + item.datasetId() + " · "
                        + item.configurations().size() + " configurations");
            }
        });
        saved.getSelectionModel().selectedItemProperty().addListener((o, old, d) -> model.selectedProperty().set(d));
        Button delete = new Button("Delete");
        delete.setId("deleteExperiment");
        delete.disableProperty().bind(saved.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.deleteSelected());
        VBox left = new VBox(6, DefinitionForm.section("Saved experiments"), saved, new HBox(6, delete));
        VBox.setVgrow(saved, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setPrefWidth(240);

        Label protocol = new Label();
        protocol.setId("resultProtocolText");
        protocol.setWrapText(true);
        protocol.getStyleClass().add("protocol-text");
        protocol.textProperty().bind(model.protocolTextProperty());
        protocol.visibleProperty().bind(model.protocolTextProperty().isNotEmpty());
        protocol.managedProperty().bind(protocol.visibleProperty());
        Label exclusions = new Label();
        exclusions.setId("exclusionsText");
        exclusions.setWrapText(true);
        exclusions.textProperty().bind(model.exclusionsTextProperty());
        MetricTable table = new MetricTable(model);
        JudgeExplanationsDialog judgeDialog = new JudgeExplanationsDialog(model.judge());
        Button judge = reportAction("judgeExplanations", "Judge explanations…", "Let a model judge score every"
                + " explanation of this experiment's stored runs; its mean score per criterion joins the table and the"
                + " charts.", () -> judgeDialog.show(getScene().getWindow()));
        Label judgeStatus = new Label();
        judgeStatus.setId("judgeStatusLine");
        judgeStatus.setWrapText(true);
        judgeStatus.textProperty().bind(model.judge().statusProperty());
        Button export = reportAction("exportExperiment", "Export files…", "Write the per-user results, the summary"
                + " and the timing as CSV and everything as JSON into a folder, as the experiment command does, with"
                + " the model judges' scores.", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the experiment's CSV and JSON files");
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.exportFiles(folder.toPath());
            }
        });
        HBox judging = new HBox(8, export, judge, judgeStatus);
        judging.setAlignment(Pos.CENTER_LEFT);
        VBox results = new VBox(8, protocol, exclusions, judging, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        results.setPadding(new Insets(10));

        ScrollPane charts = new ScrollPane(new ChartsPane(model, afterOpeningUser));
        charts.setFitToWidth(true);
        ScrollPane definition = new ScrollPane(new DefinitionForm(model));
        definition.setFitToWidth(true);
        Tab defineTab = tab("Definition", definition);
        Tab resultsTab = tab("Results", results);
        TabPane tabs = new TabPane(defineTab, resultsTab, tab("Charts", charts),
                tab("Per user", new UserTable(model, afterOpeningUser)),
                tab("Studies", new StudiesPane(model.studies())));
        tabs.setId("experimentTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A run that ends shows its results at once.
        model.progress().stateProperty().addListener((o, old, state) -> {
            if (state == RunProgressViewModel.State.FINISHED || state == RunProgressViewModel.State.STOPPED) {
                tabs.getSelectionModel().select(resultsTab);
            }
        });

        setLeft(left);
        setCenter(tabs);
        setBottom(new RunBar(model));
    }

    /** A button for the experiment shown, enabled once it has results. */
    private Button reportAction(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tooltip));
        button.disableProperty().bind(model.reportProperty().isNull());
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase().replace(' ', '-'));
        return tab;
    }

    /** The window's state, for tests that stand in for the system's folder chooser. */
    ExperimentsViewModel model() {
        return model;
    }
}
