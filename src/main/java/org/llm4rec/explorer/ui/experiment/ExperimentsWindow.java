package org.llm4rec.explorer.ui.experiment;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Experiments window: one, brought to the front when asked for again. It has no owner, so the main window
 * can come in front of it when a user of the results is opened there.
 */
public final class ExperimentsWindow {
    private final ExperimentsViewModel model;
    private Stage stage;

    public ExperimentsWindow(ExperimentsViewModel model) {
        this.model = model;
    }

    public void show(Window main) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("LLM4Rec Explorer – Experiments");
            ExperimentsView view = new ExperimentsView(model, () -> {
                if (main instanceof Stage mainStage) {
                    mainStage.toFront();
                }
            });
            Scene scene = new Scene(view, 1320, 840);
            if (main != null && main.getScene() != null) {
                scene.getStylesheets().setAll(main.getScene().getStylesheets());
                view.styleProperty().bind(main.getScene().getRoot().styleProperty());
            }
            scene.getStylesheets().add(Objects.requireNonNull(
                    ExperimentsWindow.class.getResource("/assets/experiments.css")).toExternalForm());
            stage.setScene(scene);
            model.refresh();
        }
        stage.show();
        stage.toFront();
    }
}
