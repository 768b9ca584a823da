package org.llm4rec.explorer.domain.judge;

/**
 * How much raters favour the left side, measured from the votes themselves.
 *
 * @param leftVotes        decisive votes for the left side (A)
 * @param decisiveVotes    votes for A or B (ties and "both bad" say nothing about position)
 * @param leftShare        leftVotes / decisiveVotes, NaN without decisive votes; 0.5 means no bias
 * @param lower            lower end of the Wilson 95% interval of leftShare
 * @param upper            upper end of the Wilson 95% interval of leftShare
 * @param swappedPairs     pairs shown both ways round with a decisive vote both times
 * @param consistentPairs  of those, how many picked the same source both times
 */
public record PositionBias(int leftVotes, int decisiveVotes, double leftShare, double lower, double upper,
                           int swappedPairs, int consistentPairs) {

    static PositionBias of(int leftVotes, int decisiveVotes, int swappedPairs, int consistentPairs) {
        if (decisiveVotes == 0) {
            return new PositionBias(0, 0, Double.NaN, Double.NaN, Double.NaN, swappedPairs, consistentPairs);
        }
        double n = decisiveVotes;
        double p = leftVotes / n;
        double z = BradleyTerryFit.Z95;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new PositionBias(leftVotes, decisiveVotes, p, centre - half, centre + half, swappedPairs,
                consistentPairs);
    }

    /** True when the interval excludes 0.5: the left/right preference is unlikely to be chance. */
    public boolean significant() {
        return decisiveVotes > 0 && (lower > 0.5 || upper < 0.5);
    }
}
