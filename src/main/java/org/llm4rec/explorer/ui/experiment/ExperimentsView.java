package org.llm4rec.explorer.ui.experiment;

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
import org.llm4rec.explorer.domain.experiment.ExperimentDefinition;

/** The Experiments window's content: saved experiments on the left, definition and results in tabs, run below. */
final class ExperimentsView extends BorderPane {

    /**
     * @param afterOpeningUser brings the main window forward once a user is opened there
     */
    ExperimentsView(ExperimentsViewModel model, Runnable afterOpeningUser) {
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
        Button judge = new Button("Judge explanations…");
        judge.setId("judgeExplanations");
        judge.setMinWidth(Region.USE_PREF_SIZE);
        judge.setTooltip(new Tooltip("Let a model judge score every explanation of this experiment's stored runs;"
                + " its mean score per criterion joins the table and the charts."));
        judge.disableProperty().bind(model.reportProperty().isNull());
        judge.setOnAction(e -> judgeDialog.show(getScene().getWindow()));
        Label judgeStatus = new Label();
        judgeStatus.setId("judgeStatusLine");
        judgeStatus.setWrapText(true);
        judgeStatus.textProperty().bind(model.judge().statusProperty());
        HBox judging = new HBox(8, judge, judgeStatus);
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

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase().replace(' ', '-'));
        return tab;
    }
}
