package org.llm4rec.explorer.ui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

/** The status bar: the model server's state, a re-check button and the work under way, each with Cancel. */
public final class StatusView extends HBox {

    public StatusView(StatusViewModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(4, 10, 4, 10));

        Circle dot = new Circle(5);
        dot.getStyleClass().add("status-dot");
        Label message = new Label();
        message.setId("ollamaStatus");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setTooltip(new Tooltip("State of the Ollama server the app talks to; re-checked every 15 s."));
        model.stateProperty().addListener((obs, old, state) -> showState(dot, state));
        showState(dot, model.stateProperty().get());

        Button retry = new Button("Check again");
        retry.setId("checkOllama");
        retry.setOnAction(e -> model.check());
        // With large text the message wraps rather than the button losing its words.
        retry.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(dot, message, retry, spacer, new TaskStrip(model.tasks()));
    }

    private static void showState(Circle dot, StatusViewModel.State state) {
        dot.getStyleClass().removeAll("checking", "connected", "unreachable");
        dot.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
    }
}
