package org.llm4rec.explorer.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.llm4rec.explorer.app.AppInfo;
import org.llm4rec.explorer.domain.EchoedText;

/** An unexpected error, shown as a report the user can copy rather than a stack trace on a console. */
public final class ErrorReportDialog {
    private ErrorReportDialog() {
    }

    public static void show(Window owner, Throwable error, Path logFile) {
        String report = report(error, logFile);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Something went wrong, but your data is safe. The app keeps running.");
        TextArea details = new TextArea(report);
        details.setEditable(false);
        details.setPrefRowCount(14);
        details.setId("errorReport");
        alert.getDialogPane().setContent(details);
        ButtonType copy = new ButtonType("Copy report", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        alert.show();
    }

    static String report(Throwable error, Path logFile) {
        return AppInfo.NAME + " " + AppInfo.VERSION + " on Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + (logFile == null ? "" : "Log: " + logFile + "\n") + "\n" + EchoedText.stackTrace(error);
    }
}
