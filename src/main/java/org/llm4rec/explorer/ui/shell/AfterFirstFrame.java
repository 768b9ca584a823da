package org.llm4rec.explorer.ui.shell;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Work done only once the window's first frame is out: secondary panes, and files to open, then add nothing to the
 * time from launch to a visible window. A place built this way is empty until then.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    static StackPane pane(String id, Supplier<Node> content) {
        StackPane place = new StackPane();
        place.setId(id);
        place.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && place.getChildren().isEmpty()) {
                run(scene, () -> {
                    if (place.getChildren().isEmpty()) {
                        place.getChildren().setAll(content.get());
                    }
                });
            }
        });
        return place;
    }

    /** Runs the work on the UI thread once, after the scene's next pulse (its first frame when not yet shown). */
    public static void run(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // After the pulse that renders the first frame, not inside it.
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
