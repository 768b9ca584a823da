package org.llm4rec.explorer.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.llm4rec.explorer.ui.export.ExportMenu;
import org.llm4rec.explorer.ui.export.ExportViewModel;

/**
 * Comparison files handed to the app from outside: those named on the command line (how Linux and Windows open
 * a double-clicked file) and those the system sends while the app runs (macOS). Nothing here runs before the
 * window's first frame, and each file is read in the background as File ▸ Open comparison… reads it.
 */
public final class IncomingFiles {
    private IncomingFiles() {
    }

    /**
     * @param fromCommandLine the files named on the command line, in their order
     * @param osName          the system's name, as in the {@code os.name} property
     */
    public static void openAfterFirstFrame(Stage stage, ExportViewModel export, List<Path> fromCommandLine,
                                           String osName) {
        ExportMenu opener = new ExportMenu(export, () -> stage, () -> stage.getScene().lookup(".results"));
        AfterFirstFrame.run(stage.getScene(), () -> {
            fromCommandLine.forEach(opener::open);
            OpenFileEvents.listen(osName, file -> {
                stage.toFront();
                opener.open(file);
            });
        });
    }
}
