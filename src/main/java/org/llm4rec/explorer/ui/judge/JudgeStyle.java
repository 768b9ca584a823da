package org.llm4rec.explorer.ui.judge;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The judging windows' shared look: the main window's stylesheets plus the judging one. */
final class JudgeStyle {
    static final String STYLESHEET = Objects.requireNonNull(JudgeStyle.class.getResource("/assets/judge.css"))
            .toExternalForm();

    private JudgeStyle() {
    }

    static Stage window(Window owner, String title, Scene scene, boolean modal) {
        return window(owner, title, scene, modal, new Stage());
    }

    /** For a window whose content needs the stage before it is shown in it (e.g. to close it). */
    static Stage window(Window owner, String title, Scene scene, boolean modal, Stage stage) {
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        if (modal) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        scene.getStylesheets().add(STYLESHEET);
        stage.setTitle(title + " — LLM4Rec Explorer");
        stage.setScene(scene);
        return stage;
    }
}
