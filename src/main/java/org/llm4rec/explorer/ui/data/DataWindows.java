package org.llm4rec.explorer.ui.data;

import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What the data windows share: opening one styled like its owner, and showing how an import ended. */
final class DataWindows {
    private DataWindows() {
    }

    /** Opens a window over the owner with the owner's stylesheets; the content may close its own stage. */
    static Stage open(Window owner, String title, Function<Stage, Parent> content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(content.apply(stage), width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The import's summary (or why it failed), shown once it has ended. */
    static TextArea outcome(ImportViewModel imports, String id) {
        TextArea outcome = new TextArea();
        outcome.setId(id);
        outcome.setEditable(false);
        outcome.setPrefRowCount(6);
        imports.outcomeProperty().addListener((o, old, now) -> outcome.setText(
                now == null ? "" : now.title() + "\n" + now.text()));
        outcome.visibleProperty().bind(imports.outcomeProperty().isNotNull());
        outcome.managedProperty().bind(outcome.visibleProperty());
        return outcome;
    }
}
