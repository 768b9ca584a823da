package org.llm4rec.explorer.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.llm4rec.explorer.app.export.ComparisonJson;
import org.llm4rec.explorer.app.export.ExportFormat;

/**
 * File ▸ Save comparison as…, Export comparison ▸ … and Open comparison…, with their file choosers and messages; and
 * opening a comparison file that arrives from outside (the command line, the system).
 */
public final class ExportMenu {
    /** How a file chooser is shown: the system's dialog in the app; a test answers in the user's place. */
    interface Dialogs {
        File open(FileChooser chooser, Window owner);

        File save(FileChooser chooser, Window owner);
    }

    private static final Dialogs SYSTEM_DIALOGS = new Dialogs() {
        @Override
        public File open(FileChooser chooser, Window owner) {
            return chooser.showOpenDialog(owner);
        }

        @Override
        public File save(FileChooser chooser, Window owner) {
            return chooser.showSaveDialog(owner);
        }
    };

    private final ExportViewModel model;
    private final Supplier<Window> owner;
    private final Supplier<Node> view;
    private final Dialogs dialogs;

    /**
     * @param view the results area, pictured by the PNG export
     */
    public ExportMenu(ExportViewModel model, Supplier<Window> owner, Supplier<Node> view) {
        this(model, owner, view, SYSTEM_DIALOGS);
    }

    ExportMenu(ExportViewModel model, Supplier<Window> owner, Supplier<Node> view, Dialogs dialogs) {
        this.model = model;
        this.owner = owner;
        this.view = view;
        this.dialogs = dialogs;
    }

    public Menu exportMenu() {
        Menu menu = new Menu("Export comparison");
        menu.setId("exportMenu");
        for (ExportFormat format : ExportFormat.values()) {
            MenuItem item = new MenuItem(format.description() + "…");
            item.setId("export" + format.name());
            item.setOnAction(e -> chooseAndExport(format));
            menu.getItems().add(item);
        }
        MenuItem png = new MenuItem("PNG picture of the results…");
        png.setId("exportPNG");
        png.setOnAction(e -> exportPicture());
        menu.getItems().add(png);
        return menu;
    }

    /** Saves the comparison as a comparison file: the JSON export under the extension installers associate. */
    public MenuItem saveItem() {
        MenuItem save = new MenuItem("Save comparison as…");
        save.setId("saveComparison");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> save());
        return save;
    }

    /** Asks for a file and saves the comparison there with its results. */
    public void save() {
        if (refuseEmpty()) {
            return;
        }
        File file = saveChooser("Save comparison as", "Comparison file", ComparisonJson.FILE_EXTENSION);
        if (file != null) {
            model.save(withExtension(file, ComparisonJson.FILE_EXTENSION),
                    text -> alert(Alert.AlertType.INFORMATION, "Saved", text), text -> error("Save failed", text));
        }
    }

    public MenuItem openItem() {
        MenuItem open = new MenuItem("Open comparison…");
        open.setId("openExport");
        open.setOnAction(e -> chooseAndOpen());
        return open;
    }

    /** Asks for a comparison file or JSON export and shows its results as columns. */
    public void chooseAndOpen() {
        FileChooser chooser = chooser("Open a comparison file or JSON export",
                "Comparison file or JSON export", ComparisonJson.FILE_EXTENSION, "json");
        File file = dialogs.open(chooser, owner.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Reads a comparison file in the background and shows its runs as columns, or says what is wrong with it. */
    public void open(Path file) {
        model.open(file, this::opened, text -> error("Cannot open the comparison", text));
    }

    private void chooseAndExport(ExportFormat format) {
        if (refuseEmpty()) {
            return;
        }
        File file = saveChooser("Export comparison as " + format.description(), format.description(),
                format.extension());
        if (file != null) {
            model.export(format, withExtension(file, format.extension()), this::info,
                    text -> error("Export failed", text));
        }
    }

    private void exportPicture() {
        if (refuseEmpty()) {
            return;
        }
        File file = saveChooser("Export comparison as PNG picture", "PNG picture", "png");
        if (file == null) {
            return;
        }
        Path target = withExtension(file, "png");
        // The snapshot needs the UI thread; encoding and writing do not.
        WritableImage image = view.get().snapshot(new SnapshotParameters(), null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        model.exportPicture(width, height, pixels, target, this::info, text -> error("Export failed", text));
    }

    /** Says what was opened, with the export's ratings and leaderboard to read (they are not editable). */
    private void opened(String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, "Comparison opened", text);
        String judgements = model.openedJudgementsProperty().get();
        if (!judgements.isEmpty()) {
            TextArea area = new TextArea(judgements);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(14);
            area.setId("openedJudgements");
            alert.getDialogPane().setExpandableContent(area);
            alert.getDialogPane().setExpanded(true);
        }
    }

    private boolean refuseEmpty() {
        String why = model.nothingToExport();
        if (!why.isEmpty()) {
            alert(Alert.AlertType.INFORMATION, "Nothing to export", why);
        }
        return !why.isEmpty();
    }

    private File saveChooser(String title, String description, String extension) {
        FileChooser chooser = chooser(title, description, extension);
        chooser.setInitialFileName("comparison." + extension);
        return dialogs.save(chooser, owner.get());
    }

    private static FileChooser chooser(String title, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        String[] patterns = Arrays.stream(extensions).map(extension -> "*." + extension)
                .toArray(String[]::new);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, patterns),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }

    private static Path withExtension(File file, String extension) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return name.endsWith("." + extension) ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + extension);
    }

    private void info(String text) {
        alert(Alert.AlertType.INFORMATION, "Exported", text);
    }

    private void error(String title, String text) {
        alert(Alert.AlertType.ERROR, title, text);
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
        return alert;
    }
}
