package org.llm4rec.explorer.domain.judge;

import java.util.Arrays;

/** The two measures of agreement between two sets of 1–5 scores of the same explanations. */
public final class AgreementStatistics {
    private AgreementStatistics() {
    }

    /**
     * Cohen's κ with quadratic weights over the scores {@value RubricScores#MIN}–{@value RubricScores#MAX}: 1 minus
     * the weighted disagreement observed over the weighted disagreement expected from the two marginals alone. 1 is
     * perfect agreement, 0 no better than chance; NaN without pairs or when both sides give one score throughout.
     */
    public static double quadraticKappa(int[] a, int[] b) {
        check(a.length, b.length);
        int k = RubricScores.MAX - RubricScores.MIN + 1;
        int n = a.length;
        double[][] observed = new double[k][k];
        double[] rowTotals = new double[k];
        double[] columnTotals = new double[k];
        for (int i = 0; i < n; i++) {
            int x = a[i] - RubricScores.MIN;
            int y = b[i] - RubricScores.MIN;
            observed[x][y] += 1.0 / n;
            rowTotals[x] += 1.0 / n;
            columnTotals[y] += 1.0 / n;
        }
        double disagreement = 0;
        double chance = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
                disagreement += weight * observed[i][j];
                chance += weight * rowTotals[i] * columnTotals[j];
            }
        }
        return n == 0 || chance == 0 ? Double.NaN : 1 - disagreement / chance;
    }

    /** Spearman's ρ: Pearson's correlation of the ranks, tied scores sharing their mean rank. */
    public static double spearman(int[] a, int[] b) {
        check(a.length, b.length);
        double[] x = ranks(a);
        double[] y = ranks(b);
        int n = a.length;
        double meanX = Arrays.stream(x).average().orElse(Double.NaN);
        double meanY = Arrays.stream(y).average().orElse(Double.NaN);
        double cov = 0;
        double varX = 0;
        double varY = 0;
        for (int i = 0; i < n; i++) {
            cov += (x[i] - meanX) * (y[i] - meanY);
            varX += (x[i] - meanX) * (x[i] - meanX);
            varY += (y[i] - meanY) * (y[i] - meanY);
        }
        return varX == 0 || varY == 0 ? Double.NaN : cov / Math.sqrt(varX * varY);
    }

    static double[] ranks(int[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Integer.compare(values[p], values[q]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double shared = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = shared;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static void check(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("Agreement needs paired scores, got " + a + " and " + b);
        }
    }
}
