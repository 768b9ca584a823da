package org.llm4rec.explorer.boot;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.llm4rec.explorer.app.UiPreferences;
import org.llm4rec.explorer.app.UiPreferencesStore;
import org.llm4rec.explorer.ui.shell.ErrorReportDialog;
import org.llm4rec.explorer.ui.shell.IncomingFiles;
import org.llm4rec.explorer.ui.shell.MainView;
import org.llm4rec.explorer.ui.shell.ShellActions;
import org.llm4rec.explorer.ui.shell.WindowPlacement;
import org.slf4j.LoggerFactory;

/** The JavaFX application: reads the command line, builds the app from the composition root, shows it. */
public final class ExplorerApp extends Application {
    /** With this system property set, the app prints the time to its first frame and quits: the start benchmark. */
    static final String STARTUP_BENCHMARK = "llm4rec.benchmark.startup";

    /** Below this the sidebar and two result columns no longer fit side by side. */
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 600;

    private AppContext context;
    private Exception startupFailure;
    private AppConfig config;
    private UiPreferencesStore preferencesStore;
    private UiPreferences preferences;
    private Stage stage;
    private MainView mainView;
    private boolean closeApproved;

    /**
     * Runs on the launcher thread, not the UI thread, so opening the store here never freezes a window. Started
     * from {@link Launcher}, the parts were begun while the toolkit started and are usually ready.
     */
    @Override
    public void init() {
        StartupTrace.mark("init");
        warmUpFonts();
        EarlyStart.Parts parts = EarlyStart.take(getParameters().getRaw());
        config = parts.config();
        preferencesStore = parts.preferencesStore();
        preferences = parts.preferences();
        context = parts.context();
        startupFailure = parts.failure();
        StartupTrace.mark("parts");
    }

    /**
     * Finding and loading the fonts is part of the first layout on the UI thread; with the toolkit up, another
     * thread can do it meanwhile (nodes that are in no scene may be made on any thread).
     */
    private static void warmUpFonts() {
        Thread thread = new Thread(() -> {
            for (FontWeight weight : List.of(FontWeight.NORMAL, FontWeight.BOLD)) {
                Text text = new Text("LLM4Rec Explorer 0123456789");
                text.setFont(Font.font(Font.getDefault().getFamily(), weight, 14));
                text.getLayoutBounds();
            }
        }, "llm4rec-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void start(Stage primaryStage) {
        StartupTrace.mark("start");
        stage = primaryStage;
        stage.setTitle("LLM4Rec Explorer");
        stage.getIcons().add(new Image(Objects.requireNonNull(
                ExplorerApp.class.getResourceAsStream("/assets/icon.png"))));
        if (startupFailure != null) {
            showStartupFailure();
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> reportUnexpected(error));
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reportUnexpected(error));

        mainView = new MainView(context.mainViewModel(), new ShellActions(this::quit, this::openLogs));
        StartupTrace.mark("view");
        placeWindow();
        // Runs only when no view vetoed the close (a profile with unsaved edits asks first).
        stage.setOnCloseRequest(e -> {
            savePreferences();
            closeApproved = true;
        });
        WindowPlacement.install(stage);
        stage.show();
        StartupTrace.mark("shown");
        if (Boolean.getBoolean(STARTUP_BENCHMARK)) {
            reportFirstFrame();
        }
        context.mainViewModel().start();
        IncomingFiles.openAfterFirstFrame(stage, context.mainViewModel().export(),
                CommandLineOptions.comparisonFiles(getParameters().getRaw()), System.getProperty("os.name"));
    }

    /**
     * Sizes the scene before anything is laid out (the workflow keeps its width when the window resizes, so it
     * must start at the right one): where the window was last time when that still fits a screen, else a size
     * that fits this one. The stage gets a minimum too, so that no window manager can open it tiny.
     */
    private void placeWindow() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Never larger than the screen: a projector at 1280×720 must show the whole window.
        double minWidth = Math.min(MIN_WIDTH, screen.getWidth());
        double minHeight = Math.min(MIN_HEIGHT, screen.getHeight());
        boolean remembered = preferences.windowWidth() >= minWidth && preferences.windowHeight() >= minHeight
                && !Screen.getScreensForRectangle(preferences.windowX(), preferences.windowY(),
                preferences.windowWidth(), preferences.windowHeight()).isEmpty();
        double width = Math.min(remembered ? preferences.windowWidth() : 1400, screen.getWidth());
        double height = Math.min(remembered ? preferences.windowHeight() : 860, screen.getHeight());
        Scene scene = new Scene(mainView, width, height);
        // The binary form the build makes of the stylesheet loads without parsing; a run straight from the
        // sources (an IDE) may have only the text.
        URL stylesheet = ExplorerApp.class.getResource("/assets/explorer.bss");
        scene.getStylesheets().add(Objects.requireNonNullElseGet(stylesheet,
                () -> ExplorerApp.class.getResource("/assets/explorer.css")).toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        if (remembered) {
            stage.setX(preferences.windowX());
            stage.setY(preferences.windowY());
            stage.setMaximized(preferences.maximized());
        }
        mainView.setDividerPosition(preferences.dividerPosition());
    }

    private void savePreferences() {
        if (preferencesStore == null || mainView == null) {
            return;
        }
        var appearance = context.mainViewModel().appearance();
        var main = context.mainViewModel();
        // A maximised window measures the screen; what it goes back to when un-maximised is its size before.
        boolean keepNormal = stage.isMaximized() && preferences.windowWidth() > 0;
        preferencesStore.save(preferences
                .withTheme(appearance.darkThemeProperty().get())
                .withFontScale(appearance.fontScaleProperty().get())
                .withWindow(keepNormal ? preferences.windowX() : stage.getX(),
                        keepNormal ? preferences.windowY() : stage.getY(),
                        keepNormal ? preferences.windowWidth() : stage.getWidth(),
                        keepNormal ? preferences.windowHeight() : stage.getHeight(), stage.isMaximized(),
                        mainView.dividerPosition())
                .withLastChoice(
                        main.data().selectedProperty().get() == null ? null : main.data().selectedProperty().get().id(),
                        main.profile().selectedProperty().get() == null ? null
                                : main.profile().selectedProperty().get().id()));
    }

    /**
     * Asks to close the main window as its close button does, so that unsaved edits are offered for saving;
     * then closes every window, and JavaFX ends the app as it does when the user closes the last one.
     */
    private void quit() {
        closeApproved = false;
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        if (closeApproved) {
            new ArrayList<>(Window.getWindows()).forEach(Window::hide);
        }
    }

    private void openLogs() {
        getHostServices().showDocument(config.logFile().getParent().toUri().toString());
    }

    private void reportUnexpected(Throwable error) {
        // Not a static logger: the class loads while the log file is being chosen on another thread.
        LoggerFactory.getLogger(ExplorerApp.class).error("Unexpected error", error);
        Runnable show = () -> ErrorReportDialog.show(stage, error, config == null ? null : config.logFile());
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    private void reportFirstFrame() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println(StartupTrace.report());
                Platform.exit();
            }
        }.start();
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
