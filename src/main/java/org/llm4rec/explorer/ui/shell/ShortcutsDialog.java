package org.llm4rec.explorer.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard shortcuts, in one place. */
final class ShortcutsDialog {
    /** Shortcut and what it does; the menus register the same combinations. */
    static final String[][] SHORTCUTS = {
            {"Ctrl+Enter", "Recommend with the chosen profile, strategy and model"},
            {"Ctrl+Plus / Ctrl+Minus / Ctrl+0", "Larger, smaller, normal text"},
            {"Ctrl+S", "Save the comparison as a comparison file (.llm4rec) that opens again in the app"},
            {"Ctrl+D", "Switch between light and dark theme"},
            {"Ctrl+Shift+C", "Compare the result columns: overlap, τ, RBO, rank shifts, diffs"},
            {"F1", "This list"},
            {"F5", "Presentation mode (Esc leaves; its keys are shown at the bottom)"},
            {"Ctrl+Q", "Quit"},
            {"Enter on an earlier run", "Open it beside the other results"},
    };

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label keys = new Label(SHORTCUTS[row][0]);
            keys.getStyleClass().add("item-title");
            grid.addRow(row, keys, new Label(SHORTCUTS[row][1]));
        }
        Alert dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(grid);
        dialog.show();
    }
}
