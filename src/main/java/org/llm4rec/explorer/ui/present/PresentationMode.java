package org.llm4rec.explorer.ui.present;

import javafx.scene.Parent;
import javafx.scene.Scene;
import org.llm4rec.explorer.ui.results.ResultsViewModel;

/** Swaps the window's content for the presentation screen, and back on leaving: same window, whole of it. */
public final class PresentationMode {
    private PresentationMode() {
    }

    /** Enters presentation mode with the result columns as they are now. */
    public static void enter(Scene scene, ResultsViewModel results) {
        Parent main = scene.getRoot();
        if (main instanceof PresentationView) {
            return;
        }
        PresentationView view = new PresentationView(new PresentationViewModel(results.columns()), () -> {
            scene.setRoot(main);
            main.requestFocus();
        });
        scene.setRoot(view);
        view.requestFocus();
    }
}
