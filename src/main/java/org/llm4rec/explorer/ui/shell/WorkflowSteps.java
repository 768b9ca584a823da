package org.llm4rec.explorer.ui.shell;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.llm4rec.explorer.ui.Scrolling;

/**
 * The sidebar's steps, one open at a time: every heading stays in sight (with what was chosen in its step), so
 * each step is one click away however small the window, and the open step has the whole height.
 */
final class WorkflowSteps extends VBox {

    /** One step: its heading, its content, and the control that takes the keyboard when it is shown. */
    record Step(Button heading, VBox body, String firstControl) {
    }

    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");

    private final ObjectProperty<Step> open = new SimpleObjectProperty<>();

    WorkflowSteps() {
        setSpacing(4);
        getStyleClass().add("workflow");
    }

    /**
     * Adds a step. {@code chosen} says in a few words what the step holds, shown beside its title while it is
     * closed; {@code firstControl} is the selector of the control focused when the step is shown.
     */
    Step add(String id, String number, String title, ObservableValue<String> chosen, Node content,
             String firstControl) {
        Label badge = new Label(number);
        badge.getStyleClass().add("step-number");
        Label name = new Label(title);
        name.getStyleClass().add("step-title");
        name.setMinWidth(Label.USE_PREF_SIZE);
        Label summary = new Label();
        summary.getStyleClass().addAll("muted", "step-summary");
        summary.textProperty().bind(chosen);
        summary.setMinWidth(0);
        HBox graphic = new HBox(8, badge, name, summary);
        graphic.setAlignment(Pos.CENTER_LEFT);
        Button heading = new Button(null, graphic);
        heading.setId(id);
        heading.getStyleClass().addAll("flat", "step-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        heading.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(content);
        body.getStyleClass().add("step-body");
        VBox.setVgrow(content, Priority.ALWAYS);
        Step step = new Step(heading, body, firstControl);
        BooleanBinding isOpen = open.isEqualTo(step);
        body.visibleProperty().bind(isOpen);
        body.managedProperty().bind(isOpen);
        summary.visibleProperty().bind(isOpen.not());
        VBox box = new VBox(2, heading, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        isOpen.addListener((o, was, now) -> {
            heading.pseudoClassStateChanged(OPEN, now);
            // The open step takes the height the closed ones leave, so its lists fill the sidebar.
            VBox.setVgrow(box, now ? Priority.ALWAYS : Priority.NEVER);
        });
        heading.setOnAction(e -> show(step));
        // A guided step that points at a control inside a closed step opens that step first.
        Scrolling.revealWith(body, () -> open.set(step));
        getChildren().add(box);
        return step;
    }

    /** Opens the step, closing the one open. */
    void open(Step step) {
        open.set(step);
    }

    /** Opens the step and gives its first control the keyboard. */
    void show(Step step) {
        open(step);
        applyCss();
        layout();
        Node first = step.body().lookup(step.firstControl());
        (first == null ? step.heading() : first).requestFocus();
    }
}
