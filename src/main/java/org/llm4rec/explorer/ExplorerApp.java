package org.llm4rec.explorer;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.llm4rec.explorer.llm.OllamaSettings;
import org.llm4rec.explorer.ui.shell.MainView;

/** The JavaFX application: reads the command line, builds the app from the composition root, shows it. */
public final class ExplorerApp extends Application {
    private AppContext context;
    private Exception startupFailure;
    private AppConfig config;

    /** Runs on the launcher thread, not the UI thread, so opening the store here never freezes a window. */
    @Override
    public void init() {
        try {
            config = CommandLineOptions.parse(getParameters().getRaw(),
                    AppConfig.defaultDataDir(System.getenv(), System.getProperty("os.name"),
                            Path.of(System.getProperty("user.home"))),
                    url -> url != null ? url : OllamaSettings.baseUrlFromOllamaHost(System.getenv("OLLAMA_HOST")));
            context = AppContext.create(config, Platform::runLater);
        } catch (Exception e) {
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setTitle("LLM4Rec Explorer");
        stage.getIcons().add(new Image(Objects.requireNonNull(
                ExplorerApp.class.getResourceAsStream("/assets/icon.png"))));
        if (startupFailure != null) {
            showStartupFailure();
            return;
        }
        // Never larger than the screen: a projector at 1280×720 must show the whole window.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new MainView(context.mainViewModel()),
                Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(
                ExplorerApp.class.getResource("/assets/explorer.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        context.mainViewModel().start();
    }

    private void showStartupFailure() {
        String where = config == null ? "" : "\nData folder: " + config.dataDir();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("LLM4Rec Explorer could not start");
        alert.setHeaderText("LLM4Rec Explorer could not start");
        TextArea details = new TextArea(startupFailure.getMessage() + where
                + "\n\nUse --data-dir DIR to choose another folder, or --help for all options.");
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setContent(details);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
