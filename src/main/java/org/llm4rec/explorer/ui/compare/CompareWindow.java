package org.llm4rec.explorer.ui.compare;

import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.ui.results.RunColumnViewModel;

/**
 * The "Across columns" window: one for the app, made on first use and brought to the front when asked for again;
 * not modal, so that columns can go on running and be added while it is open.
 */
public final class CompareWindow {
    private static final String STYLESHEET = "/assets/compare.css";
    private final ObservableList<RunColumnViewModel> columns;
    private final Node owner;
    private final JudgeActions judging;
    private Stage stage;

    /**
     * @param columns the result columns, followed live
     * @param owner   a node of the main window, whose stylesheets the window shares
     * @param judging model judging of the columns' explanations
     */
    public CompareWindow(ObservableList<RunColumnViewModel> columns, Node owner, JudgeActions judging) {
        this.columns = columns;
        this.owner = owner;
        this.judging = judging;
    }

    public void show() {
        if (stage == null) {
            CompareViewModel model = new CompareViewModel(columns);
            stage = stage("Compare columns", new CompareView(model, group ->
                    show(stage("Stability of repeats", new StabilityView(model.stability(group)))), judging));
        }
        show(stage);
    }

    private Stage stage(String title, Parent content) {
        Stage window = new Stage();
        window.setTitle("LLM4Rec Explorer – " + title);
        Scene scene = new Scene(content);
        Window main = owner.getScene() == null ? null : owner.getScene().getWindow();
        if (main != null) {
            window.initOwner(main);
            scene.getStylesheets().setAll(main.getScene().getStylesheets());
        }
        scene.getStylesheets().add(Objects.requireNonNull(CompareWindow.class.getResource(STYLESHEET))
                .toExternalForm());
        window.setScene(scene);
        return window;
    }

    private static void show(Stage window) {
        window.show();
        window.toFront();
    }
}
