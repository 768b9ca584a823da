package org.llm4rec.explorer.domain.judge;

/**
 * How well a model judge agrees with people on one criterion, next to how well people agree with each other.
 *
 * @param criterion  the judge's criterion
 * @param pairs      (judge score, person's score) pairs: one per rating of a judged explanation
 * @param kappa      quadratic-weighted Cohen's κ of those pairs
 * @param rho        Spearman's ρ of those pairs
 * @param raterPairs (person, other person) pairs of scores of the same explanation: the ceiling's sample
 * @param raterKappa their κ: how far people agree, which a judge cannot be expected to beat by much
 * @param raterRho   their ρ
 */
public record CriterionAgreement(JudgeCriterion criterion, int pairs, double kappa, double rho, int raterPairs,
                                 double raterKappa, double raterRho) {
}
