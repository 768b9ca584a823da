package org.llm4rec.explorer.ui.profile;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.llm4rec.explorer.domain.EchoedText;
import org.llm4rec.explorer.ui.FileNames;

/** The questions the Profile step asks: unsaved edits, a new name, deleting, and which file. */
final class ProfileDialogs {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);

    private final Node owner;

    ProfileDialogs(Node owner) {
        this.owner = owner;
    }

    ProfileViewModel.LeaveChoice unsavedChanges(String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("\"" + EchoedText.safe(name) + "\" has changes that are not saved.");
        alert.setContentText("Save them before going on, or discard them?");
        alert.initOwner(window());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) {
            return ProfileViewModel.LeaveChoice.SAVE;
        }
        return answer == DISCARD ? ProfileViewModel.LeaveChoice.DISCARD : ProfileViewModel.LeaveChoice.CANCEL;
    }

    Optional<String> newName(String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.setTitle("Rename profile");
        dialog.setHeaderText("A new name for \"" + EchoedText.safe(current) + "\"");
        dialog.initOwner(window());
        return dialog.showAndWait();
    }

    boolean confirmDelete(String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Delete profile");
        alert.setHeaderText("Delete \"" + EchoedText.safe(name) + "\"?");
        alert.setContentText("The profile and its history are removed from this data folder. Runs made from it"
                + " stay in Earlier runs. Export it first to keep a copy.");
        alert.initOwner(window());
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    Optional<Path> exportFile(String name) {
        FileChooser chooser = jsonChooser("Export profile");
        chooser.setInitialFileName(FileNames.of(name, "profile") + ".json");
        return Optional.ofNullable(chooser.showSaveDialog(window())).map(File::toPath);
    }

    Optional<Path> importFile() {
        return Optional.ofNullable(jsonChooser("Import profile").showOpenDialog(window())).map(File::toPath);
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Profile (JSON)", "*.json"));
        return chooser;
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
