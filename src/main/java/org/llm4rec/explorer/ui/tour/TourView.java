package org.llm4rec.explorer.ui.tour;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.llm4rec.explorer.ui.Scrolling;

/** Shows the current tour step as a pop-over pointing at its control. */
public final class TourView {
    private final TourViewModel model;
    private final Scene scene;
    private final PopOver popOver = new PopOver();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label counter = new Label();
    private final Button next = new Button("Next");

    public TourView(TourViewModel model, Scene scene) {
        this.model = model;
        this.scene = scene;
        title.getStyleClass().add("step-title");
        text.setWrapText(true);
        text.setMaxWidth(320);
        text.setMinHeight(Region.USE_PREF_SIZE);
        counter.getStyleClass().add("muted");
        Button back = new Button("Back");
        back.setOnAction(e -> model.back());
        Button end = new Button("End tour");
        end.setOnAction(e -> model.end());
        next.setId("tourNext");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> model.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox content = new VBox(8, title, text, new HBox(6, counter, spacer, end, back, next));
        content.setPadding(new Insets(12));
        content.setId("tourStep");
        popOver.setContentNode(content);
        popOver.setDetachable(false);
        popOver.setAutoHide(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.LEFT_TOP);
        model.currentProperty().addListener((obs, old, step) -> show(step));
    }

    private void show(TourStep step) {
        if (step == null) {
            popOver.hide();
            return;
        }
        Node target = scene.lookup("#" + step.targetId());
        title.setText(step.title());
        text.setText(step.text());
        counter.setText((model.indexProperty().get() + 1) + " of " + model.size());
        next.setText(model.isLast() ? "Done" : "Next");
        if (target == null) {
            model.next();
            return;
        }
        // A step in a closed part of the sidebar is opened, one below the fold scrolled into view, so that the
        // arrow points at something visible; the pop-over leaves the old target first, which may now be hidden.
        popOver.hide(Duration.ZERO);
        Scrolling.intoView(target);
        // The pop-over is a window of its own, styled by ControlsFX on its root: the app's stylesheet goes after
        // that one so that the pop-over follows the theme.
        scene.getStylesheets().stream().filter(sheet -> !popOver.getRoot().getStylesheets().contains(sheet))
                .forEach(popOver.getRoot().getStylesheets()::add);
        popOver.show(target);
    }
}
