package org.llm4rec.explorer.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.llm4rec.explorer.ui.models.ModelsView;
import org.llm4rec.explorer.ui.settings.SettingsView;

/**
 * The Models and Settings windows, opened from the header. Each is one window, brought to the front when asked
 * for again, and not modal: a pull can go on while the user keeps working in the main window.
 */
final class ServerWindows {
    private final MainViewModel model;
    private final Button modelsButton = new Button("Models");
    private final Button settingsButton = new Button("Settings");
    private Stage modelsStage;
    private Stage settingsStage;

    ServerWindows(MainViewModel model) {
        this.model = model;
        modelsButton.setId("openModels");
        modelsButton.setTooltip(new Tooltip("Installed and loaded models; pull a model"));
        modelsButton.setOnAction(e -> showModels());
        settingsButton.setId("openSettings");
        settingsButton.setTooltip(new Tooltip("Model servers, time limits, parallel requests and the response cache"));
        settingsButton.setOnAction(e -> showSettings());
        model.models().setOnShow(this::showModels);
    }

    Node buttons() {
        return new HBox(6, modelsButton, settingsButton);
    }

    private void showModels() {
        if (modelsStage == null) {
            modelsStage = stage("Models", new ModelsView(model.models()));
        }
        model.models().refresh();
        show(modelsStage);
    }

    private void showSettings() {
        if (settingsStage == null) {
            settingsStage = stage("Settings", new SettingsView(model.settings(), () -> settingsStage.hide()));
        }
        model.settings().load();
        show(settingsStage);
    }

    private Stage stage(String title, Region content) {
        Stage stage = new Stage();
        stage.setTitle("LLM4Rec Explorer – " + title);
        Scene scene = new Scene(content);
        Window owner = modelsButton.getScene() == null ? null : modelsButton.getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        return stage;
    }

    private static void show(Stage stage) {
        stage.show();
        stage.toFront();
    }
}
