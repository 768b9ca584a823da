package org.llm4rec.explorer.ui.shell;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files the system asks the running app to open. Only macOS sends these (as open-file events, for a double-clicked
 * file too); Linux and Windows start the app with the file as its argument instead, so there nothing here touches
 * AWT, whose start would cost time and memory for no use.
 */
final class OpenFileEvents {
    private static final Logger LOG = LoggerFactory.getLogger(OpenFileEvents.class);

    private OpenFileEvents() {
    }

    /** On macOS, hands each file the system sends to {@code open} on the UI thread, from now on. */
    static void listen(String osName, Consumer<Path> open) {
        if (!osName.toLowerCase(Locale.ROOT).contains("mac")) {
            return;
        }
        // Starting AWT on the UI thread can deadlock on macOS, where both toolkits share the main thread.
        Thread thread = new Thread(() -> register(open), "llm4rec-open-file-events");
        thread.setDaemon(true);
        thread.start();
    }

    private static void register(Consumer<Path> open) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(event -> {
                    for (File file : event.getFiles()) {
                        Platform.runLater(() -> open.accept(file.toPath()));
                    }
                });
            }
        } catch (RuntimeException | LinkageError e) {
            // The command line still opens files; only files sent to the running app are missed.
            LOG.warn("Cannot receive files from the system", e);
        }
    }
}
