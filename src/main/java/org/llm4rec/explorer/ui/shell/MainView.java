package org.llm4rec.explorer.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.ui.data.DataView;
import org.llm4rec.explorer.ui.export.ExportMenu;
import org.llm4rec.explorer.ui.history.HistoryView;
import org.llm4rec.explorer.ui.judge.RatingStrip;
import org.llm4rec.explorer.ui.profile.ProfileView;
import org.llm4rec.explorer.ui.prompt.StrategyOptionsView;
import org.llm4rec.explorer.ui.results.ResultsView;
import org.llm4rec.explorer.ui.status.StatusView;
import org.llm4rec.explorer.ui.strategy.StrategyView;
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

        VBox workflow = new VBox(14,
                step("1", "Data", new DataView(model.data())),
                step("2", "Profile", new ProfileView(model.profile())),
                // Below the fold at first, and a third of the sidebar's nodes: built after the first frame.
                step("3", "Strategy", AfterFirstFrame.pane("strategyPlace", () -> new VBox(6,
                        new StrategyView(model.strategy()), new StrategyOptionsView(model.prompt())))),
                step("4", "Earlier runs",
                        AfterFirstFrame.pane("historyPlace", () -> new HistoryView(model.history()))));
        workflow.setPadding(new Insets(12));
        workflow.getStyleClass().add("workflow");
        ScrollPane steps = new ScrollPane(workflow);
        steps.setFitToWidth(true);
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
        ResultsView results = new ResultsView(model.results(), welcome, RatingStrip.forCards(model.judge()));
        ExportMenu files = new ExportMenu(model.export(), () -> getScene().getWindow(), () -> lookup(".results"));
        results.useFiles(new ResultsView.FileActions(files::save, files::chooseAndOpen));
        split = new SplitPane(sidebar, results);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(sidebar, false);

        setTop(new VBox(new MenuBarView(model, actions, files, this), header(new ServerWindows(model))));
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

    private static Node header(ServerWindows windows) {
        Label name = new Label("LLM4Rec Explorer");
        name.getStyleClass().add("app-title");
        Label path = new Label("Data  →  Profile  →  Strategy  →  Results side by side");
        path.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, name, path, spacer, windows.buttons());
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        header.getStyleClass().add("app-header");
        return header;
    }

    private static Node step(String number, String title, Node content) {
        Label badge = new Label(number);
        badge.getStyleClass().add("step-number");
        Label label = new Label(title);
        label.getStyleClass().add("step-title");
        HBox heading = new HBox(8, badge, label);
        heading.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, content);
    }
}
