package org.llm4rec.explorer.ui.experiment;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;

/** Saving a chart as a PNG picture of its pixels as they are on screen. */
final class ChartPictures {
    /** Writes the pixels (taken on the UI thread) to the file, in the background. */
    @FunctionalInterface
    interface PngWriter {
        void write(int width, int height, int[] argb, Path file);
    }

    private ChartPictures() {
    }

    /** Asks where to save, takes the chart's pixels and hands them to the writer; nothing when the user cancels. */
    static void export(Node chart, String title, String fileName, PngWriter writer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(chart.getScene() == null ? null : chart.getScene().getWindow());
        if (file == null) {
            return;
        }
        WritableImage image = chart.snapshot(new SnapshotParameters(), null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        writer.write(width, height, pixels, Path.of(file.getPath()));
    }
}
