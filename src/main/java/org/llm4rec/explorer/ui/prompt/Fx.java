package org.llm4rec.explorer.ui.prompt;

import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Small pieces the prompt views share. */
final class Fx {
    private Fx() {
    }

    /** Shows values by a text of them, in combo boxes that are never typed into. */
    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
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
