package org.llm4rec.explorer.ui.export;

import java.io.File;
import java.nio.file.Path;
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
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.llm4rec.explorer.app.export.ExportFormat;

/** File ▸ Export comparison ▸ … and File ▸ Open export…, with their file choosers and messages. */
public final class ExportMenu {
    private final ExportViewModel model;
    private final Supplier<Window> owner;
    private final Supplier<Node> view;

    /**
     * @param view the results area, pictured by the PNG export
     */
    public ExportMenu(ExportViewModel model, Supplier<Window> owner, Supplier<Node> view) {
        this.model = model;
        this.owner = owner;
        this.view = view;
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

    public MenuItem openItem() {
        MenuItem open = new MenuItem("Open export…");
        open.setId("openExport");
        open.setOnAction(e -> {
            FileChooser chooser = chooser("Open an exported comparison", "JSON export", "json");
            File file = chooser.showOpenDialog(owner.get());
            if (file != null) {
                model.open(file.toPath(), this::opened, text -> error("Cannot open the export", text));
            }
        });
        return open;
    }

    private void chooseAndExport(ExportFormat format) {
        if (refuseEmpty()) {
            return;
        }
        File file = saveChooser(format.description(), format.extension());
        if (file != null) {
            model.export(format, withExtension(file, format.extension()), this::info,
                    text -> error("Export failed", text));
        }
    }

    private void exportPicture() {
        if (refuseEmpty()) {
            return;
        }
        File file = saveChooser("PNG picture", "png");
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
        Alert alert = alert(Alert.AlertType.INFORMATION, "Export opened", text);
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

    private File saveChooser(String description, String extension) {
        FileChooser chooser = chooser("Export comparison as " + description, description, extension);
        chooser.setInitialFileName("comparison." + extension);
        return chooser.showSaveDialog(owner.get());
    }

    private static FileChooser chooser(String title, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, "*." + extension),
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
