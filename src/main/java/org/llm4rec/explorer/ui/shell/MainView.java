package org.llm4rec.explorer.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.domain.Dataset;
import org.llm4rec.explorer.domain.llm.ModelInfo;
import org.llm4rec.explorer.domain.prompt.PromptStrategy;
import org.llm4rec.explorer.ui.data.DataView;
import org.llm4rec.explorer.ui.export.ExportMenu;
import org.llm4rec.explorer.ui.history.HistoryView;
import org.llm4rec.explorer.ui.judge.JudgeCardFoot;
import org.llm4rec.explorer.ui.profile.ProfileView;
import org.llm4rec.explorer.ui.prompt.StrategyOptionsView;
import org.llm4rec.explorer.ui.results.ResultsView;
import org.llm4rec.explorer.ui.status.StatusView;
import org.llm4rec.explorer.ui.strategy.StrategyView;
import org.llm4rec.explorer.ui.strategy.StrategyViewModel;
import org.llm4rec.explorer.ui.tour.TourView;
import org.llm4rec.explorer.ui.welcome.WelcomeView;

/** The main window: the workflow on the left, results side by side in the centre, status at the bottom. */
public final class MainView extends BorderPane {

    private final SplitPane split;

    public MainView(MainViewModel model, ShellActions actions) {
        getStyleClass().add("main-view");

        Button recommend = new Button("Recommend");
        recommend.setId("recommendButton");
        recommend.getStyleClass().add("accent");
        recommend.setMaxWidth(Double.MAX_VALUE);
        recommend.disableProperty().bind(model.canRecommendProperty().not());
        recommend.setOnAction(e -> model.recommend());
        Label hint = new Label();
        hint.setId("recommendHint");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.textProperty().bind(model.recommendHintProperty());
        hint.managedProperty().bind(model.canRecommendProperty().not());

        WorkflowSteps workflow = new WorkflowSteps();
        WorkflowSteps.Step data = workflow.add("dataStep", "1", "Data",
                model.data().selectedProperty().map(Dataset::name).orElse(""), new DataView(model.data()),
                "#datasetCombo");
        WorkflowSteps.Step profile = workflow.add("profileStep", "2", "Profile",
                model.profile().draft().nameProperty(), new ProfileView(model.profile()), "#profileCombo");
        StrategyViewModel strategy = model.strategy();
        // Built after the first frame: a third of the sidebar's nodes, and closed at first.
        WorkflowSteps.Step strategyStep = workflow.add("strategyStep", "3", "Strategy",
                Bindings.createStringBinding(() -> chosen(strategy), strategy.strategyProperty(),
                        strategy.modelProperty()),
                AfterFirstFrame.pane("strategyPlace", () -> new VBox(6,
                        new StrategyView(strategy), new StrategyOptionsView(model.prompt()))), "#strategyCombo");
        workflow.add("historyStep", "4", "Earlier runs", new SimpleStringProperty(""),
                AfterFirstFrame.pane("historyPlace", () -> new HistoryView(model.history())), "#historySearch");
        // The profile is what a user edits most; the sample catalogue is already chosen.
        workflow.open(profile);
        workflow.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane steps = new ScrollPane(workflow);
        steps.setFitToWidth(true);
        // The open step fills the height; only with very large text does the sidebar scroll.
        steps.setFitToHeight(true);
        steps.setId("workflowScroll");
        // The action stays in sight however long the steps above it grow.
        VBox action = new VBox(4, recommend, hint);
        action.setPadding(new Insets(10, 12, 10, 12));
        action.getStyleClass().add("sidebar-action");
        BorderPane sidebar = new BorderPane(steps);
        sidebar.setBottom(action);
        sidebar.setMinWidth(320);
        sidebar.getStyleClass().add("sidebar");

        WelcomeView welcome = new WelcomeView(model.welcome(), model.tour()::start);
        ResultsView results = new ResultsView(model.results(), welcome, JudgeCardFoot.forCards(model.judge()));
        ExportMenu files = new ExportMenu(model.export(), () -> getScene().getWindow(), () -> lookup(".results"));
        results.useFiles(new ResultsView.FileActions(files::save, files::chooseAndOpen));
        split = new SplitPane(sidebar, results);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(sidebar, false);

        Node path = path(link("Data", () -> workflow.show(data)), link("Profile", () -> workflow.show(profile)),
                link("Strategy", () -> workflow.show(strategyStep)),
                link("Results side by side", results::focusFirst));
        setTop(new VBox(new MenuBarView(model, actions, files, this), header(path, new ServerWindows(model))));
        setCenter(split);
        setBottom(new StatusView(model.status()));
        AppearanceViewModel appearance = model.appearance();
        appearance.fontScaleProperty().addListener((o, old, scale) -> applyFontScale(scale.doubleValue()));
        applyFontScale(appearance.fontScaleProperty().get());
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                new TourView(model.tour(), scene);
            }
        });
    }

    /** Position of the divider between the workflow and the results, to remember it. */
    public double dividerPosition() {
        return split.getDividerPositions()[0];
    }

    public void setDividerPosition(double position) {
        split.setDividerPositions(position);
    }

    private void applyFontScale(double scale) {
        // Every size in the theme and in our stylesheet is relative to the root font size.
        setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * scale));
    }

    private static String chosen(StrategyViewModel strategy) {
        PromptStrategy chosen = strategy.strategyProperty().get();
        ModelInfo llm = strategy.modelProperty().get();
        return (chosen == null ? "" : chosen.name()) + (llm == null ? "" : " · " + llm.name());
    }

    /** The path through the window, each step a link that shows it. */
    private static Node path(Hyperlink... steps) {
        HBox path = new HBox(4);
        path.setAlignment(Pos.CENTER_LEFT);
        path.setId("workflowPath");
        for (Hyperlink step : steps) {
            if (!path.getChildren().isEmpty()) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("muted");
                path.getChildren().add(arrow);
            }
            path.getChildren().add(step);
        }
        return path;
    }

    private static Hyperlink link(String text, Runnable show) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("path-step");
        link.setOnAction(e -> {
            show.run();
            // A link stays "visited" otherwise, which says nothing here.
            link.setVisited(false);
        });
        return link;
    }

    private static Node header(Node path, ServerWindows windows) {
        Label name = new Label("LLM4Rec Explorer");
        name.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, name, path, spacer, windows.buttons());
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("app-header");
        return header;
    }

}
