package org.llm4rec.explorer.domain.experiment;

/**
 * A mean over users with its 95% bootstrap interval.
 *
 * @param mean        the mean over every measured value (users × repeats)
 * @param low         2.5th percentile of the bootstrap means (users resampled, each with all their repeats)
 * @param high        97.5th percentile of the bootstrap means
 * @param users       how many distinct users it is over (0: not measured, the other fields are NaN)
 * @param repeatSpread standard deviation of the per-repeat means: how much the figure moves from one repeat to the
 *                    next; NaN with fewer than two repeats
 */
public record Estimate(double mean, double low, double high, int users, double repeatSpread) {
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);

    public Estimate withRepeatSpread(double spread) {
        return new Estimate(mean, low, high, users, spread);
    }
}
