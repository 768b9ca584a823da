package org.llm4rec.explorer.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A picture given as ARGB pixels, written as a PNG file. */
public final class PngFile {
    private PngFile() {
    }

    public static Path write(int width, int height, int[] argb, Path file) {
        Path target = file.toAbsolutePath();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        try {
            if (!ImageIO.write(picture, "png", target.toFile())) {
                throw new ExportException(target, "this Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new ExportException(target, "cannot be written: " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
        return target;
    }
}
