package org.llm4rec.explorer.ui.experiment;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Save, clone, run and resume; while running: overall and per-configuration progress, time left, controls. */
final class RunBar extends VBox {

    RunBar(ExperimentsViewModel model) {
        setSpacing(6);
        setPadding(new Insets(8, 12, 8, 12));
        getStyleClass().add("sidebar-action");
        RunProgressViewModel progress = model.progress();

        Button save = button("saveExperiment", "Save", model::save);
        save.disableProperty().bind(model.draft().problemProperty().isNotEmpty());
        Button clone = button("cloneExperiment", "Clone", model::cloneCurrent);
        clone.disableProperty().bind(model.draft().problemProperty().isNotEmpty());
        Button run = button("runExperiment", "Run", model::run);
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.canRunProperty().not());
        Button resumeStopped = button("resumeExperiment", "Resume stopped run", model::resumeStopped);
        resumeStopped.disableProperty().bind(model.canResumeStoppedProperty().not());
        Button pause = button("pauseExperiment", "Pause", model::pause);
        pause.disableProperty().bind(progress.canPauseProperty().not());
        Button continueRun = button("continueExperiment", "Continue", model::continueRun);
        continueRun.disableProperty().bind(progress.canResumeProperty().not());
        Button cancel = button("cancelExperiment", "Cancel", model::cancel);
        cancel.disableProperty().bind(progress.canCancelProperty().not());

        ProgressBar overall = new ProgressBar();
        overall.setId("experimentProgress");
        overall.setPrefWidth(260);
        overall.progressProperty().bind(progress.overallProperty());
        Label counts = new Label();
        counts.setId("experimentCounts");
        counts.textProperty().bind(progress.overallTextProperty());
        Label eta = new Label();
        eta.setId("experimentEta");
        eta.getStyleClass().add("muted");
        eta.textProperty().bind(progress.etaProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, clone, run, resumeStopped, spacer, pause, continueRun, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox status = new HBox(10, overall, counts, eta);
        status.setAlignment(Pos.CENTER_LEFT);
        status.visibleProperty().bind(progress.stateProperty().isNotEqualTo(RunProgressViewModel.State.IDLE));
        status.managedProperty().bind(status.visibleProperty());

        ListView<ConfigurationRow> perConfiguration = new ListView<>(progress.configurations());
        perConfiguration.setId("configurationProgress");
        perConfiguration.setPrefHeight(96);
        perConfiguration.setCellFactory(list -> new ProgressCell());
        perConfiguration.visibleProperty().bind(progress.activeProperty());
        perConfiguration.managedProperty().bind(perConfiguration.visibleProperty());

        Label message = new Label();
        message.setId("experimentMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(buttons, status, perConfiguration, message);
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** One configuration: its name, a bar and its count. */
    private static final class ProgressCell extends ListCell<ConfigurationRow> {
        private final Label name = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label count = new Label();
        private final HBox box = new HBox(10, name, bar, count);

        ProgressCell() {
            name.setPrefWidth(420);
            bar.setPrefWidth(200);
            bar.setMinWidth(200);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ConfigurationRow row, boolean empty) {
            super.updateItem(row, empty);
            bar.progressProperty().unbind();
            count.textProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText((row.baseline() ? "Baseline: " : "") + row.configuration());
            bar.progressProperty().bind(row.fractionProperty());
            count.textProperty().bind(row.textProperty());
            setGraphic(box);
        }
    }
}
