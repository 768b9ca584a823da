package org.llm4rec.explorer.domain.judge;

/**
 * One ranked row of the leaderboard.
 *
 * @param rank     position, from 1; entries without a fit (only "both bad" votes) come last
 * @param key      what the row stands for: "strategy · model", a strategy id or a model name
 * @param theta    Bradley–Terry log-strength (see {@link Leaderboard#regularised()} for the scale), NaN when
 *                 the entry has no comparison to fit
 * @param lower    lower end of the 95% interval of theta
 * @param upper    upper end of the 95% interval of theta
 * @param wins     votes this entry won
 * @param losses   votes it lost
 * @param ties     tied votes (each counted as half a win for both sides in the fit)
 * @param bothBad  "both bad" votes it took part in (counted, not fitted)
 */
public record LeaderboardEntry(int rank, String key, double theta, double lower, double upper, int wins,
                               int losses, int ties, int bothBad) {

    /** Comparisons that entered the fit. */
    public int comparisons() {
        return wins + losses + ties;
    }

    public boolean estimated() {
        return !Double.isNaN(theta);
    }

    /** Modelled chance of beating an entry of strength 1 (theta 0), the centre of the scale. */
    public double winChanceAgainstAverage() {
        return 1 / (1 + Math.exp(-theta));
    }
}
