package org.llm4rec.explorer.domain.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap of a mean over users: resample users with replacement, seeded, so intervals repeat. The user
 * is the unit: with repeats, a drawn user brings all their repeats, so repeating a run narrows nothing that more
 * users would not.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;

    private Bootstrap() {
    }

    /** One value per user: the mean with its 95% interval from {@code resamples} seeded resamples. */
    public static Estimate mean(double[] values, long seed, int resamples) {
        return mean(Arrays.stream(values).mapToObj(v -> new double[] {v}).toList(), seed, resamples);
    }

    /**
     * The mean of every value with its 95% interval, resampling whole users.
     *
     * @param perUser each user's values (one per repeat that measured it), in an order that does not depend on
     *                when results arrived: the draws pick users by position; users without values are left out
     */
    public static Estimate mean(List<double[]> perUser, long seed, int resamples) {
        List<double[]> users = perUser.stream().filter(values -> values.length > 0).toList();
        int n = users.size();
        double[] sums = new double[n];
        int[] counts = new int[n];
        double total = 0;
        long count = 0;
        for (int i = 0; i < n; i++) {
            for (double v : users.get(i)) {
                sums[i] += v;
            }
            counts[i] = users.get(i).length;
            total += sums[i];
            count += counts[i];
        }
        if (count == 0) {
            return Estimate.NONE;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            long drawn = 0;
            for (int i = 0; i < n; i++) {
                int user = random.nextInt(n);
                sum += sums[user];
                drawn += counts[user];
            }
            means[b] = sum / drawn;
        }
        Arrays.sort(means);
        return new Estimate(total / count, Percentiles.of(means, 2.5), Percentiles.of(means, 97.5), n, Double.NaN);
    }
}
