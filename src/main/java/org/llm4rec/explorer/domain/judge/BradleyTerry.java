package org.llm4rec.explorer.domain.judge;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Maximum-likelihood Bradley–Terry fit, P(i beats j) = π_i / (π_i + π_j), by Hunter's (2004) MM algorithm, with a
 * covariance matrix from the observed Fisher information.
 *
 * <p>The maximum-likelihood estimate exists only when the "beats" graph is strongly connected (every entry has won
 * and lost, directly or through others). When it is not, one virtual tie against a fixed reference of strength 1
 * is added for every entry, which keeps all estimates finite and pulls the unidentified ones towards the reference;
 * {@link BradleyTerryFit#regularised()} reports it.
 */
public final class BradleyTerry {
    static final int MAX_ITERATIONS = 100_000;
    static final double TOLERANCE = 1e-12;

    private BradleyTerry() {
    }

    /**
     * @param wins  wins[i][j]: how often i beat j, ties already counted as half a win for each side
     * @param games games[i][j] = games[j][i]: how often i and j were compared
     */
    public static BradleyTerryFit fit(double[][] wins, double[][] games) {
        int n = wins.length;
        if (n == 0) {
            return new BradleyTerryFit(new double[0], new double[0][0], 0, false);
        }
        boolean regularised = !stronglyConnected(wins);
        double[][] w = regularised ? withReference(wins, 0.5) : wins;
        double[][] g = regularised ? withReference(games, 1.0) : games;
        int players = w.length;
        double[] strength = new double[players];
        Arrays.fill(strength, 1.0);
        double[] totalWins = new double[players];
        for (int i = 0; i < players; i++) {
            for (int j = 0; j < players; j++) {
                totalWins[i] += w[i][j];
            }
        }
        int iterations = 0;
        double change = Double.MAX_VALUE;
        while (change > TOLERANCE && iterations < MAX_ITERATIONS) {
            iterations++;
            double[] next = new double[players];
            for (int i = 0; i < n; i++) {
                double denominator = 0;
                for (int j = 0; j < players; j++) {
                    if (j != i && g[i][j] > 0) {
                        denominator += g[i][j] / (strength[i] + strength[j]);
                    }
                }
                next[i] = totalWins[i] / denominator;
            }
            if (regularised) {
                next[n] = 1.0; // the reference stays fixed and anchors the scale
            } else {
                normaliseToGeometricMeanOne(next);
            }
            change = 0;
            for (int i = 0; i < players; i++) {
                change = Math.max(change, Math.abs(Math.log(next[i]) - Math.log(strength[i])));
            }
            strength = next;
        }
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = Math.log(strength[i]);
        }
        double[][] information = information(strength, g);
        double[][] covariance = regularised
                ? Matrices.invert(Matrices.leadingBlock(information, n))
                : Matrices.pseudoInverseOfLaplacian(information);
        return new BradleyTerryFit(theta, covariance, iterations, regularised);
    }

    /** The observed (here equal to the expected) information of the log-strengths. */
    private static double[][] information(double[] strength, double[][] games) {
        int players = strength.length;
        double[][] info = new double[players][players];
        for (int i = 0; i < players; i++) {
            for (int j = 0; j < players; j++) {
                if (i == j || games[i][j] == 0) {
                    continue;
                }
                double p = strength[i] / (strength[i] + strength[j]);
                double term = games[i][j] * p * (1 - p);
                info[i][j] -= term;
                info[i][i] += term;
            }
        }
        return info;
    }

    private static void normaliseToGeometricMeanOne(double[] strength) {
        double meanLog = 0;
        for (double s : strength) {
            meanLog += Math.log(s);
        }
        meanLog /= strength.length;
        for (int i = 0; i < strength.length; i++) {
            strength[i] = Math.exp(Math.log(strength[i]) - meanLog);
        }
    }

    private static double[][] withReference(double[][] matrix, double perEntry) {
        int n = matrix.length;
        double[][] extended = new double[n + 1][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, extended[i], 0, n);
            extended[i][n] = perEntry;
            extended[n][i] = perEntry;
        }
        return extended;
    }

    /** Every entry reaches every other along "beat" edges (Hunter's condition for a finite maximum). */
    static boolean stronglyConnected(double[][] wins) {
        int n = wins.length;
        return reachesAll(wins, n, false) && reachesAll(wins, n, true);
    }

    private static boolean reachesAll(double[][] wins, int n, boolean reversed) {
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < n; j++) {
                double edge = reversed ? wins[j][i] : wins[i][j];
                if (!seen[j] && edge > 0) {
                    seen[j] = true;
                    count++;
                    queue.add(j);
                }
            }
        }
        return count == n;
    }
}
