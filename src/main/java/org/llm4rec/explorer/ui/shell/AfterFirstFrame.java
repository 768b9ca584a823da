package org.llm4rec.explorer.ui.shell;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * A place in the window whose content is built only once the window's first frame is out: secondary panes then
 * add nothing to the time from launch to a visible window. Until then the place is empty.
 */
final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    static StackPane pane(String id, Supplier<Node> content) {
        StackPane place = new StackPane();
        place.setId(id);
        place.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && place.getChildren().isEmpty()) {
                buildAfterFirstPulse(scene, place, content);
            }
        });
        return place;
    }

    private static void buildAfterFirstPulse(Scene scene, StackPane place, Supplier<Node> content) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After the pulse that renders the first frame, not inside it.
            Platform.runLater(() -> {
                if (place.getChildren().isEmpty()) {
                    place.getChildren().setAll(content.get());
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
