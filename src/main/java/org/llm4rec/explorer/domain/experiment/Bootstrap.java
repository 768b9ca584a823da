package org.llm4rec.explorer.domain.experiment;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Percentile bootstrap of a mean over users: resample users with replacement, seeded, so intervals repeat. */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;

    private Bootstrap() {
    }

    /** The mean of the values with its 95% interval from {@code resamples} seeded resamples. */
    public static Estimate mean(double[] values, long seed, int resamples) {
        int n = values.length;
        if (n == 0) {
            return Estimate.NONE;
        }
        double mean = Arrays.stream(values).average().orElse(0);
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        return new Estimate(mean, Percentiles.of(means, 2.5), Percentiles.of(means, 97.5), n);
    }
}
