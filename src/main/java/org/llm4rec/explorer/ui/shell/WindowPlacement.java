package org.llm4rec.explorer.ui.shell;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Keeps every window the size it asked for and the main window maximised, whatever the window manager does.
 * Some X window managers (Openbox, as on LXDE and Lubuntu; KDE) map a resizable window at 200×200, ignoring the size
 * asked before it was shown, and un-maximise a window while a modal window it owns is open (JavaFX fixes the size of
 * the windows a modal one disables, and such a manager cannot keep a fixed-size window maximised). So once a
 * window's first frame is out it is given its size again, and when a modal window closes the main window is
 * maximised again if it was when the modal one opened.
 */
public final class WindowPlacement {
    private static final Duration SETTLING = Duration.seconds(2);
    /** The size GTK gives a window that asks for none. */
    private static final double DEFAULT_SIZE = 200;
    /** More than any window frame: a larger difference is a size read in the middle of a change. */
    private static final double MAX_FRAME = 100;
    private WindowPlacement() {
    }

    /** Watches every window shown from now on until the main window closes; call before it is shown. */
    public static void install(Stage main) {
        // Once per main window, however often an app is started on it (tests reuse one stage).
        if (main.getProperties().putIfAbsent(WindowPlacement.class, Boolean.TRUE) != null) {
            return;
        }
        ListChangeListener<Window> shown = change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage stage && stage.getScene() != null) {
                        watch(stage, main);
                    }
                }
            }
        };
        Window.getWindows().addListener(shown);
        main.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            Window.getWindows().removeListener(shown);
            main.getProperties().remove(WindowPlacement.class);
        });
    }

    private static void watch(Stage stage, Stage main) {
        Scene scene = stage.getScene();
        // A scene made with a size keeps it; a dialog's scene is sized from its content as it is shown.
        double width = scene.getWidth() > 0 ? scene.getWidth() : scene.getRoot().prefWidth(-1);
        double height = scene.getHeight() > 0 ? scene.getHeight() : scene.getRoot().prefHeight(width);
        AfterFirstFrame.run(scene, () -> keepAskedSize(stage, width, height));
        if (stage != main && stage.getModality() != Modality.NONE && main.isMaximized()) {
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                if (!main.isMaximized()) {
                    // After the owner is enabled again: before that its size is still fixed.
                    Platform.runLater(() -> main.setMaximized(true));
                }
            });
        }
    }

    /**
     * Gives the window its asked size back now, and for a moment after: under load the window manager may map the
     * window only after its first frame is out.
     */
    private static void keepAskedSize(Stage stage, double width, double height) {
        Scene scene = stage.getScene();
        // The frame around the scene, measured once: sizes read while the window manager resizes can disagree.
        double frameWidth = Math.min(MAX_FRAME, Math.max(0, stage.getWidth() - scene.getWidth()));
        double frameHeight = Math.min(MAX_FRAME, Math.max(0, stage.getHeight() - scene.getHeight()));
        Runnable restore = () -> restore(stage, width, height, frameWidth, frameHeight);
        restore.run();
        InvalidationListener shrunk = o -> restore.run();
        scene.widthProperty().addListener(shrunk);
        scene.heightProperty().addListener(shrunk);
        PauseTransition settled = new PauseTransition(SETTLING);
        settled.setOnFinished(e -> {
            scene.widthProperty().removeListener(shrunk);
            scene.heightProperty().removeListener(shrunk);
        });
        settled.play();
    }

    /**
     * Whether the window has the size such a window manager gives: its minimum size, or 200×200 when it has none.
     * A size the user or the app chose is left alone.
     */
    private static boolean mappedSmall(Stage stage) {
        Scene scene = stage.getScene();
        boolean atMinimum = stage.getMinWidth() > 0 && stage.getWidth() <= stage.getMinWidth() + 1
                && stage.getHeight() <= stage.getMinHeight() + 1;
        boolean atDefault = scene.getWidth() <= DEFAULT_SIZE + 1 && scene.getHeight() <= DEFAULT_SIZE + 1;
        return atMinimum || atDefault;
    }

    private static void restore(Stage stage, double width, double height, double frameWidth,
                                double frameHeight) {
        Scene scene = stage.getScene();
        if (!stage.isShowing() || stage.isMaximized() || stage.isFullScreen()
                || (scene.getWidth() >= width - 1 && scene.getHeight() >= height - 1) || !mappedSmall(stage)) {
            return;
        }
        stage.setWidth(width + frameWidth);
        stage.setHeight(height + frameHeight);
        if (stage.getOwner() != null) {
            // It was centred over its owner at the size the window manager gave it.
            Window owner = stage.getOwner();
            stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - stage.getWidth()) / 2));
            stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - stage.getHeight()) / 3));
        }
    }
}
