package org.llm4rec.explorer.ui.models;

/**
 * How far one layer of a pull has come.
 *
 * @param digest    the layer
 * @param completed bytes downloaded
 * @param total     bytes in all, 0 while unknown
 */
public record LayerProgress(String digest, long completed, long total) {

    /** From 0 to 1, or -1 (indeterminate) while the size is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) completed / total);
    }
}
