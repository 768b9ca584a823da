package org.llm4rec.explorer.domain.experiment;

/** Percentiles by linear interpolation between closest ranks (the common "type 7" definition). */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * @param sorted values in ascending order, not empty
     * @param p      0–100
     */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
