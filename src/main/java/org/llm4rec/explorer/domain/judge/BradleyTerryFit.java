package org.llm4rec.explorer.domain.judge;

/**
 * The result of {@link BradleyTerry#fit}.
 *
 * @param theta       log-strengths; centred to mean 0 unless regularised, then relative to the reference (0)
 * @param covariance  covariance of theta from the inverse observed Fisher information (the Moore–Penrose inverse
 *                    under the mean-0 constraint)
 * @param iterations  MM iterations used
 * @param regularised true when virtual ties against a reference were added because the maximum-likelihood
 *                    estimate does not exist for these data
 */
public record BradleyTerryFit(double[] theta, double[][] covariance, int iterations, boolean regularised) {
    /** Two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    public double standardError(int i) {
        return Math.sqrt(Math.max(0, covariance[i][i]));
    }

    public double lower(int i) {
        return theta[i] - Z95 * standardError(i);
    }

    public double upper(int i) {
        return theta[i] + Z95 * standardError(i);
    }
}
