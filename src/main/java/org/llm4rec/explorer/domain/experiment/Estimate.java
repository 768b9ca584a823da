package org.llm4rec.explorer.domain.experiment;

/**
 * A mean over users with its 95% bootstrap interval.
 *
 * @param mean  the mean over the users measured
 * @param low   2.5th percentile of the bootstrap means
 * @param high  97.5th percentile of the bootstrap means
 * @param users how many users it is over (0: not measured, the other fields are NaN)
 */
public record Estimate(double mean, double low, double high, int users) {
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
}
