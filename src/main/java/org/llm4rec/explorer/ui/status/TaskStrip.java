package org.llm4rec.explorer.ui.status;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.llm4rec.explorer.ui.task.BackgroundTask;

/**
 * The status bar's list of work under way (runs, imports, downloads, pulls, experiments): each with its title,
 * progress and a Cancel button; the oldest few are shown, the rest counted.
 */
final class TaskStrip extends HBox {
    static final int SHOWN = 3;

    TaskStrip(ObservableList<BackgroundTask> tasks) {
        super(12);
        setId("taskList");
        setAlignment(Pos.CENTER_RIGHT);
        tasks.subscribe(() -> show(tasks));
        show(tasks);
    }

    private void show(ObservableList<BackgroundTask> tasks) {
        if (tasks.isEmpty()) {
            Label idle = new Label("No tasks running");
            idle.getStyleClass().add("muted");
            idle.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().setAll(idle);
            return;
        }
        getChildren().setAll(tasks.stream().limit(SHOWN).map(TaskStrip::row).toList());
        if (tasks.size() > SHOWN) {
            Label more = new Label("and " + (tasks.size() - SHOWN) + " more");
            more.getStyleClass().add("muted");
            getChildren().add(more);
        }
    }

    private static Node row(BackgroundTask task) {
        Label title = new Label();
        title.getStyleClass().add("task-title");
        title.textProperty().bind(task.titleProperty());
        title.setMaxWidth(220);
        Tooltip message = new Tooltip();
        message.textProperty().bind(task.messageProperty());
        title.setTooltip(message);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(90);
        progress.setMinWidth(90);
        progress.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("✕");
        cancel.getStyleClass().addAll("flat", "cancel-task");
        cancel.setTooltip(new Tooltip("Cancel"));
        cancel.disableProperty().bind(task.cancellableProperty().not());
        cancel.setOnAction(e -> task.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, title, progress, cancel);
        row.getStyleClass().add("task");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
