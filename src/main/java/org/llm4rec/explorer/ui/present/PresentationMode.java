package org.llm4rec.explorer.ui.present;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.llm4rec.explorer.ui.results.ResultsViewModel;

/**
 * Lays the presentation screen over the window's content, and takes it away on leaving: same window, whole of it.
 * The content stays in the scene, hidden: taking it out and putting it back made JavaFX restyle every control on
 * the way back with the theme's colours not yet looked up, logging a ClassCastException for each button.
 */
public final class PresentationMode {
    private PresentationMode() {
    }

    /** Enters presentation mode with the result columns as they are now. */
    public static void enter(Scene scene, ResultsViewModel results) {
        if (!(scene.getRoot() instanceof Pane window) || window.lookup("#presentation") != null) {
            return;
        }
        List<Node> content = window.getChildren().stream().filter(Node::isVisible).toList();
        PresentationView[] view = new PresentationView[1];
        InvalidationListener fit = o -> view[0].resizeRelocate(0, 0, window.getWidth(), window.getHeight());
        view[0] = new PresentationView(new PresentationViewModel(results.columns()), () -> {
            window.widthProperty().removeListener(fit);
            window.heightProperty().removeListener(fit);
            window.getChildren().remove(view[0]);
            content.forEach(node -> node.setVisible(true));
            window.requestFocus();
        });
        // Not placed by the window's own layout (a border pane would not know where): it covers the whole window.
        view[0].setManaged(false);
        window.widthProperty().addListener(fit);
        window.heightProperty().addListener(fit);
        content.forEach(node -> node.setVisible(false));
        window.getChildren().add(view[0]);
        fit.invalidated(null);
        view[0].requestFocus();
    }
}
