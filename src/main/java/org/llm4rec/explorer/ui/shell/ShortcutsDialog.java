package org.llm4rec.explorer.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The keyboard shortcuts, in one place. */
final class ShortcutsDialog {
    /** Shortcut and what it does; the menus register the same combinations (a test checks every one is here). */
    static final String[][] SHORTCUTS = {
            {"Ctrl+Enter", "Recommend with the chosen profile, strategy and model"},
            {"Ctrl+Plus (or Ctrl+=)", "Larger text"},
            {"Ctrl+Minus", "Smaller text"},
            {"Ctrl+0", "Normal text size"},
            {"Ctrl+S", "Save the comparison as a comparison file (.llm4rec) that opens again in the app"},
            {"Ctrl+D", "Switch between light and dark theme"},
            {"Ctrl+Shift+C", "Compare the result columns: overlap, τ, RBO, rank shifts, diffs"},
            {"Ctrl+Shift+B", "Blind A/B: vote between two anonymous lists or explanations"},
            {"Ctrl+E", "Experiments: strategies measured over many users of a dataset"},
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
        grid.setId("shortcutList");
        for (int row = 0; row < SHORTCUTS.length; row++) {
            Label keys = new Label(SHORTCUTS[row][0]);
            keys.getStyleClass().add("item-title");
            // Keys are never cut short; a long description wraps instead of ending in "…".
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(SHORTCUTS[row][1]);
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            what.setPrefWidth(420);
            grid.addRow(row, keys, what);
        }
        Alert dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.show();
    }
}
