package org.llm4rec.explorer.domain.judge;

/**
 * How often the judge's scores pick the same explanation as people's blind A/B votes.
 *
 * @param comparable decisive votes on two explanations the judge scored, where the judge's means differ
 * @param agreeing   of those, how many the judge's higher mean score sides with
 * @param judgeTies  decisive votes where the judge gave both explanations the same mean score
 */
public record VoteAgreement(int comparable, int agreeing, int judgeTies) {

    /** agreeing / comparable, NaN without comparable votes. */
    public double share() {
        return comparable == 0 ? Double.NaN : (double) agreeing / comparable;
    }
}
