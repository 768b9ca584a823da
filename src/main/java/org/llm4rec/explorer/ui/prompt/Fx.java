package org.llm4rec.explorer.ui.prompt;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;

/** Small pieces the prompt views share. */
final class Fx {
    private Fx() {
    }


    /** A window's scene with the owner's theme and the prompt colours. */
    static Scene scene(Parent root, Window owner, double width, double height) {
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(Fx.class.getResource(PromptPreview.STYLESHEET).toExternalForm());
        return scene;
    }
}
