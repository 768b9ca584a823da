package org.llm4rec.explorer.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.ui.data.DataView;
import org.llm4rec.explorer.ui.history.HistoryView;
import org.llm4rec.explorer.ui.profile.ProfileView;
import org.llm4rec.explorer.ui.results.ResultsView;
import org.llm4rec.explorer.ui.status.StatusView;
import org.llm4rec.explorer.ui.strategy.StrategyView;

/** The main window: the workflow on the left, results side by side in the centre, status at the bottom. */
public final class MainView extends BorderPane {

    public MainView(MainViewModel model) {
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
                step("3", "Strategy", new StrategyView(model.strategy())),
                step("4", "Earlier runs", new HistoryView(model.history())));
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

        SplitPane split = new SplitPane(sidebar, new ResultsView(model.results()));
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(sidebar, false);

        setTop(header(new ServerWindows(model)));
        setCenter(split);
        setBottom(new StatusView(model.status()));
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                        model::recommend);
            }
        });
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
