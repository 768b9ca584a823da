package org.llm4rec.explorer.domain.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BradleyTerryTest {

    /*
     * Two entries, A beats B 3 times, B beats A once, 2 ties. Ties are half a win each, so A has 4 "wins", B 2,
     * out of 6 games. By hand: the MLE is pi_A / pi_B = 4/2, so theta_A - theta_B = ln 2 and, centred, theta_A =
     * ln(2)/2 = 0.346574. The information for the difference is n p (1 - p) = 6 · (2/3) · (1/3) = 4/3, so
     * Var(theta_A - theta_B) = 3/4; under the mean-0 constraint Var(theta_A) = 3/16, SE = 0.433013 and the
     * interval is 0.346574 ± 1.959964 · 0.433013 = [-0.502115, 1.195263].
     */
    @Test
    void twoEntriesWithTiesMatchTheClosedForm() {
        BradleyTerryFit fit = BradleyTerry.fit(new double[][] {{0, 4}, {2, 0}}, new double[][] {{0, 6}, {6, 0}});

        assertThat(fit.regularised()).isFalse();
        assertThat(fit.theta()[0]).isCloseTo(0.346574, within(1e-6));
        assertThat(fit.theta()[1]).isCloseTo(-0.346574, within(1e-6));
        assertThat(fit.standardError(0)).isCloseTo(0.433013, within(1e-6));
        assertThat(fit.lower(0)).isCloseTo(-0.502115, within(1e-6));
        assertThat(fit.upper(0)).isCloseTo(1.195263, within(1e-6));
    }

    /*
     * A rock-paper-scissors cycle: each pair split 2–1 the other way round. By symmetry every theta is 0. Each
     * pair contributes 3 · 1/4 to the information, so it is 0.75 · (3I − J) = 2.25 (I − J/3); its pseudo-inverse
     * is (I − J/3) / 2.25, Var(theta_i) = (2/3) / 2.25 = 0.296296, SE = 0.544331, half-width 1.066869.
     */
    @Test
    void symmetricCycleHasEqualStrengthsAndHandComputedIntervals() {
        double[][] wins = {{0, 2, 1}, {1, 0, 2}, {2, 1, 0}};
        double[][] games = {{0, 3, 3}, {3, 0, 3}, {3, 3, 0}};

        BradleyTerryFit fit = BradleyTerry.fit(wins, games);

        for (int i = 0; i < 3; i++) {
            assertThat(fit.theta()[i]).isCloseTo(0, within(1e-9));
            assertThat(fit.standardError(i)).isCloseTo(0.544331, within(1e-6));
            assertThat(fit.upper(i)).isCloseTo(1.066869, within(1e-6));
        }
    }

    /*
     * Four entries with ties, every pair compared. Reference values from an independent fit: direct BFGS
     * minimisation of the negative log-likelihood over theta with sum 0 (scipy), intervals from numpy's
     * pseudo-inverse of the information matrix.
     */
    @Test
    void fourEntriesMatchAnIndependentFit() {
        double[][] wins = new double[4][4];
        double[][] games = new double[4][4];
        add(wins, games, 0, 1, 3, 1, 1);
        add(wins, games, 0, 2, 4, 1, 0);
        add(wins, games, 1, 2, 2, 2, 1);
        add(wins, games, 1, 3, 3, 1, 0);
        add(wins, games, 2, 3, 2, 1, 2);
        add(wins, games, 0, 3, 2, 0, 1);

        BradleyTerryFit fit = BradleyTerry.fit(wins, games);

        double[] theta = {0.97476095, 0.03345753, -0.22872137, -0.77949711};
        double[] se = {0.50442701, 0.42793007, 0.41564359, 0.49445420};
        double[] lower = {-0.01389782, -0.80527001, -1.04336783, -1.74860953};
        for (int i = 0; i < 4; i++) {
            assertThat(fit.theta()[i]).isCloseTo(theta[i], within(1e-6));
            assertThat(fit.standardError(i)).isCloseTo(se[i], within(1e-6));
            assertThat(fit.lower(i)).isCloseTo(lower[i], within(1e-6));
        }
        assertThat(fit.regularised()).isFalse();
    }

    @Test
    void anEntryThatNeverLostIsRegularisedInsteadOfRunningToInfinity() {
        BradleyTerryFit fit = BradleyTerry.fit(new double[][] {{0, 3}, {0, 0}}, new double[][] {{0, 3}, {3, 0}});

        assertThat(fit.regularised()).isTrue();
        assertThat(fit.theta()[0]).isFinite().isGreaterThan(0);
        assertThat(fit.theta()[1]).isFinite().isLessThan(0);
        assertThat(fit.upper(0)).isFinite();
    }

    private static void add(double[][] wins, double[][] games, int i, int j, int winsI, int winsJ, int ties) {
        wins[i][j] += winsI + 0.5 * ties;
        wins[j][i] += winsJ + 0.5 * ties;
        games[i][j] += winsI + winsJ + ties;
        games[j][i] += winsI + winsJ + ties;
    }
}
